import Foundation

/// The cores this process may use, which `--jobs` defaults to: no more than the CPUs it
/// may run on (`taskset`, a cpuset) nor than its cgroup's CPU quota, rounded up (a
/// container's `--cpus`, a Kubernetes CPU limit). A worker for every core of the machine
/// would only compete for the few the process is given, each holding its own tables.
/// The files are read as bytes: this runs at every start-up.
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
    static func allowedCPUs(status: [UInt8]) -> Int? {
        let key = Array("Cpus_allowed_list:".utf8)
        guard let line = status.split(separator: newline).first(where: { $0.starts(with: key) }) else { return nil }
        var total = 0
        for range in line.dropFirst(key.count).split(separator: UInt8(ascii: ",")) {
            let ends = range.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map(number)
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
    static func quotaCores(cgroups: [UInt8], root: String) -> Int? {
        var best: Int? = nil
        for line in cgroups.split(separator: newline) {
            // "0::/path" (v2) or "4:cpu,cpuacct:/path" (v1).
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let controllers = String(decoding: fields[1], as: UTF8.self), path = String(decoding: fields[2], as: UTF8.self)
            let mounts: [String]
            if fields[0].elementsEqual("0".utf8) && controllers.isEmpty {
                mounts = ["sys/fs/cgroup"]
            } else if controllers.split(separator: ",").contains("cpu") {
                let named = "sys/fs/cgroup/" + controllers
                mounts = named == "sys/fs/cgroup/cpu" ? [named] : [named, "sys/fs/cgroup/cpu"]
            } else {
                continue
            }
            for mount in mounts {
                for directory in ancestors(of: path) {
                    let base = mount + directory
                    let cores: Int?
                    if let max = read(root, base + "/cpu.max") {
                        cores = self.cores(v2: max)
                    } else if let quota = read(root, base + "/cpu.cfs_quota_us"), let period = read(root, base + "/cpu.cfs_period_us") {
                        cores = self.cores(quota: quota, period: period)
                    } else {
                        cores = nil
                    }
                    if let cores { best = min(best ?? cores, cores) }
                }
            }
        }
        return best
    }

    /// "150000 100000" → 2; "max 100000" → nil.
    static func cores(v2 line: [UInt8]) -> Int? {
        let fields = line.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == newline })
        guard fields.count == 2 else { return nil }
        return cores(quota: fields[0], period: fields[1])
    }

    /// A quota over a period, rounded up to whole cores; nil when unlimited ("max", -1).
    static func cores(quota: some Collection<UInt8>, period: some Collection<UInt8>) -> Int? {
        guard let q = number(quota), let p = number(period), q > 0, p > 0 else { return nil }
        return (q + p - 1) / p
    }

    private static let newline = UInt8(ascii: "\n")

    /// A decimal number of ASCII digits, spaces, tabs and line feeds around it allowed; or nil.
    private static func number(_ bytes: some Collection<UInt8>) -> Int? {
        let isSpace = { (b: UInt8) in b == 32 || b == 9 || b == newline }
        var digits = Array(bytes)[...]
        while let first = digits.first, isSpace(first) { digits.removeFirst() }
        while let last = digits.last, isSpace(last) { digits.removeLast() }
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 &- 48 < 10 }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
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

    /// The bytes of a small file, or nil when it cannot be read.
    private static func read(_ root: String, _ path: String) -> [UInt8]? {
        let fd = open(root.hasSuffix("/") ? root + path : root + "/" + path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 || bytes.count > 1 << 20 { return bytes }
            bytes += chunk[..<n]
        }
    }
}
