// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "claimline",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Claimline", targets: ["ClaimlineStages", "ClaimlineRecords"]),
        .executable(name: "claimline", targets: ["claimline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ICU behind opaque handles: the public header includes no ICU header, so Swift
        // modules may import Foundation (which bundles its own ICU) freely.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "ClaimlineICU", dependencies: ["CICUShim"]),
        // A prefetch hint for hash probes whose keys are known a few tokens ahead.
        .target(name: "CMemoryHints"),
        .target(name: "ClaimlineCore"),
        .target(name: "ClaimlineRules", dependencies: ["ClaimlineCore", "ClaimlineICU", "CMemoryHints"]),
        .target(name: "ClaimlineStages", dependencies: ["ClaimlineCore", "ClaimlineRules", "ClaimlineICU", "CMemoryHints"]),
        .target(name: "ClaimlineRecords", dependencies: ["ClaimlineCore"]),
        // Scores pipeline output against the brat gold of Corpora/.
        .target(name: "ClaimlineEval", dependencies: ["ClaimlineCore", "ClaimlineRules", "ClaimlineStages", "ClaimlineRecords"]),
        // The default pipeline and its rule tables, shipped as resources beside the binary.
        .target(
            name: "ClaimlinePipelines",
            path: "Pipelines",
            exclude: ["README.md"],
            sources: ["DefaultPipeline.swift"],
            resources: [.copy("default.pipeline"), .copy("tables")]
        ),
        .executableTarget(
            name: "claimline",
            dependencies: [
                "ClaimlineCore", "ClaimlineRules", "ClaimlineStages", "ClaimlineRecords", "ClaimlineICU",
                "ClaimlinePipelines", "ClaimlineEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark of the entities stage alone (Scripts/bench-entities.sh); not a test.
        .executableTarget(name: "EntitiesBench", dependencies: ["ClaimlineCore", "ClaimlineRules", "ClaimlineStages"]),
        // Throughput of the dates stage over a JSON Lines corpus (release build; not a test).
        .executableTarget(
            name: "claimline-bench-dates",
            dependencies: ["ClaimlineCore", "ClaimlineRules", "ClaimlineStages"],
            path: "Sources/DatesBench"
        ),
        // Shared by the test targets only (a deterministic random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ClaimlineICUTests", dependencies: ["ClaimlineICU", "TestSupport"]),
        .testTarget(name: "ClaimlineCoreTests", dependencies: ["ClaimlineCore", "TestSupport"]),
        .testTarget(name: "ClaimlineRulesTests", dependencies: ["ClaimlineRules"]),
        .testTarget(
            name: "ClaimlineStagesTests",
            dependencies: ["ClaimlineStages", "ClaimlineRecords", "ClaimlinePipelines", "TestSupport"]
        ),
        .testTarget(name: "ClaimlineCLITests", dependencies: ["claimline"]),
        .testTarget(
            name: "ClaimlineEvalTests",
            dependencies: ["ClaimlineEval", "ClaimlineStages", "ClaimlineRecords", "ClaimlineRules", "ClaimlinePipelines", "claimline"],
            exclude: ["Fixtures"]
        ),
    ]
)
