import Foundation
import Testing
@testable import claimline

/// `--jobs` defaults to the cores the process may use, not to every core of the machine.
@Suite("Usable cores")
struct UsableCoresTests {
    @Test("the CPU affinity list of /proc/self/status is counted")
    func affinity() {
        #expect(UsableCores.allowedCPUs(status: Array("Name:\tx\nCpus_allowed_list:\t0-3,8\nMems_allowed:\t1\n".utf8)) == 5)
        #expect(UsableCores.allowedCPUs(status: Array("Cpus_allowed_list:\t1\n".utf8)) == 1)
        #expect(UsableCores.allowedCPUs(status: Array("Cpus_allowed_list:\t3-1\n".utf8)) == nil)
        #expect(UsableCores.allowedCPUs(status: Array("Name:\tx\n".utf8)) == nil)
    }

    @Test("a cgroup v2 quota on an ancestor of the process's cgroup limits the cores, rounded up")
    func cgroupV2() throws {
        let root = try Scratch()
        try root.file("proc/self/status", "Cpus_allowed_list:\t0-15\n")
        try root.file("proc/self/cgroup", "0::/kubepods/pod1/app\n")
        try root.file("sys/fs/cgroup/cpu.max", "max 100000\n")
        try root.file("sys/fs/cgroup/kubepods/pod1/cpu.max", "250000 100000\n")
        try root.file("sys/fs/cgroup/kubepods/pod1/app/cpu.max", "max 100000\n")
        #expect(UsableCores.count(processors: 64, root: root.url.path) == 3)
        // Affinity narrower than the quota wins.
        try root.file("proc/self/status", "Cpus_allowed_list:\t4-5\n")
        #expect(UsableCores.count(processors: 64, root: root.url.path) == 2)
    }

    @Test("a cgroup v1 CFS quota (inside a container: at the mount point) limits the cores")
    func cgroupV1() throws {
        let root = try Scratch()
        try root.file("proc/self/cgroup", "12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n")
        try root.file("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "100000\n")
        try root.file("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000\n")
        #expect(UsableCores.count(processors: 32, root: root.url.path) == 1)
        try root.file("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "-1\n")
        #expect(UsableCores.count(processors: 32, root: root.url.path) == 32)
    }

    @Test("without the files, every processor counts")
    func nothingKnown() throws {
        let root = try Scratch()
        #expect(UsableCores.count(processors: 6, root: root.url.path) == 6)
    }

    @Test("claimline run under taskset on one CPU uses one job", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset")))
    func tasksetOneCPU() throws {
        let result = try CLI.run(["run", "--stats", "--input-format", "jsonl"],
                                 stdin: Data(#"{"id":"a","text":"The spokesman said on Friday that Hamaha is alive."}"#.utf8 + [10]),
                                 launcher: ["/usr/bin/taskset", "-c", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(" 1 job(s)"), "\(result.stderr.prefix(200))")
    }
}
