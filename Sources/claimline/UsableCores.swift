import Foundation

/// The cores this process may use, which `--jobs` defaults to: no more than the CPUs it
/// may run on (`taskset`, a cpuset) nor than its cgroup's CPU quota, rounded up (a
/// container's `--cpus`, a Kubernetes CPU limit). A worker for every core of the machine
/// would only compete for the few the process is given, each holding its own tables.
enum UsableCores {
    static var count: Int {
        count(processors: ProcessInfo.processInfo.activeProcessorCount, root: "/")
    }

    /// `processors` narrowed by what the files under `root` (a stand-in for `/` in tests) say.
    static func count(processors: Int, root: String) -> Int {
        var n = processors
        #if os(Linux)
        if let status = read(root, "proc/self/status"), let allowed = allowedCPUs(status: status) { n = min(n, allowed) }
        if let groups = read(root, "proc/self/cgroup"), let quota = quotaCores(cgroups: groups, root: root) { n = min(n, quota) }
        #endif
        return max(n, 1)
    }

    /// The number of CPUs in the `Cpus_allowed_list` line of /proc/self/status ("0-3,8").
    static func allowedCPUs(status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return nil }
        var total = 0
        for range in line.dropFirst("Cpus_allowed_list:".count).split(separator: ",") {
            let ends = range.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            switch ends.count {
            case 1: guard ends[0] != nil else { return nil }; total += 1
            case 2:
                guard let low = ends[0], let high = ends[1], high >= low else { return nil }
                total += high - low + 1
            default: return nil
            }
        }
        return total > 0 ? total : nil
    }

    /// The smallest CPU quota, in whole cores rounded up, of the process's cgroup and its
    /// ancestors (a limit may sit on any of them), cgroup v2 (`cpu.max`) or v1 (`cpu.cfs_quota_us`
    /// over `cpu.cfs_period_us`); nil when none is set.
    static func quotaCores(cgroups: String, root: String) -> Int? {
        var best: Int? = nil
        func consider(_ cores: Int?) { if let cores { best = min(best ?? cores, cores) } }
        for line in cgroups.split(separator: "\n") {
            // "0::/path" (v2) or "4:cpu,cpuacct:/path" (v1).
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let controllers = fields[1].split(separator: ",")
            let mounts: [String]
            if fields[0] == "0" && controllers.isEmpty {
                mounts = ["sys/fs/cgroup"]
            } else if controllers.contains("cpu") {
                let named = "sys/fs/cgroup/" + fields[1]
                mounts = named == "sys/fs/cgroup/cpu" ? [named] : [named, "sys/fs/cgroup/cpu"]
            } else {
                continue
            }
            for mount in mounts {
                for directory in ancestors(of: String(fields[2])) {
                    let base = mount + directory
                    if let max = read(root, base + "/cpu.max") {
                        consider(cores(v2: max))
                    } else if let quota = read(root, base + "/cpu.cfs_quota_us"), let period = read(root, base + "/cpu.cfs_period_us") {
                        consider(cores(quota: quota, period: period))
                    }
                }
            }
        }
        return best
    }

    /// "150000 100000" → 2; "max 100000" → nil.
    static func cores(v2 line: String) -> Int? {
        let fields = line.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2 else { return nil }
        return cores(quota: String(fields[0]), period: String(fields[1]))
    }

    /// A quota over a period, rounded up to whole cores; nil when unlimited ("max", -1).
    static func cores(quota: String, period: String) -> Int? {
        guard let q = Int(quota.trimmingCharacters(in: .whitespacesAndNewlines)),
              let p = Int(period.trimmingCharacters(in: .whitespacesAndNewlines)), q > 0, p > 0 else { return nil }
        return (q + p - 1) / p
    }

    /// "/a/b" → ["/a/b", "/a", ""]: the cgroup and its ancestors, as suffixes of a mount point.
    private static func ancestors(of path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init)
        var result: [String] = []
        while true {
            result.append(parts.isEmpty ? "" : "/" + parts.joined(separator: "/"))
            if parts.isEmpty { return result }
            parts.removeLast()
        }
    }

    private static func read(_ root: String, _ path: String) -> String? {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
