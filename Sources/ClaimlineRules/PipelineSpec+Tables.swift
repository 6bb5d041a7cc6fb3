import ClaimlineCore

extension PipelineSpec {
    /// Adds tables given outside the pipeline file (`claimline run --gazetteer PATH`) to a
    /// stage's `key` option; with `replacing`, they take the place of the file's own tables
    /// of that key (the stage's other tables stay).
    public mutating func addTables(_ paths: [String], key: String, to kind: StageKind, replacing: Bool) throws(RuleErrors) {
        guard let index = stages.firstIndex(where: { $0.kind == kind }) else {
            throw RuleErrors([RuleError(SourceLocation(file: file, line: 1), "the pipeline has no \(kind.rawValue) stage to take \(key) tables")])
        }
        if replacing { stages[index].options.removeAll { $0.key == key } }
        for (i, path) in paths.enumerated() {
            let location = SourceLocation(file: "command line --\(key)", line: i + 1)
            stages[index].options.append(Option(key: key, value: path, location: location))
        }
    }
}
