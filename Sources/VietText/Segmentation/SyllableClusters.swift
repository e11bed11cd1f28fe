/// Distributional clusters of syllables (computed over raw text by
/// `scripts/build-syllable-clusters.py`), for the segmenter's cluster features: they let the
/// model generalize from the syllable pairs it saw in training to pairs of similar syllables.
///
/// Classes: `0 ..< clusterCount` the clusters, `unknown` a syllable without a cluster,
/// `nonSyllable` any other token (number, punctuation, code, symbol). The map travels inside the
/// model file (`SegmenterModel`), since the model's cluster weights are indexed by its classes.
public struct SyllableClusters: Sendable {
    private var table: KeyTable<UInt16>
    public let clusterCount: Int

    /// Number of classes: the clusters plus `unknown` and `nonSyllable`.
    public var classCount: Int { clusterCount + 2 }
    public var unknown: Int { clusterCount }
    public var nonSyllable: Int { clusterCount + 1 }
    /// Number of syllables with a cluster.
    public var syllableCount: Int { table.count }

    /// `entries`: (syllable key, cluster id < `clusterCount`).
    public init(entries: [(UInt64, UInt16)], clusterCount: Int) {
        precondition(clusterCount >= 1 && clusterCount < Int(UInt16.max) - 2)
        self.clusterCount = clusterCount
        var t = KeyTable<UInt16>(capacity: entries.count, filler: 0)
        for (k, c) in entries {
            precondition(Int(c) < clusterCount, "cluster id out of range")
            t.insert(k, c)
        }
        table = t
    }

    /// The clusters of a table (`syllable` column, NFC letters) from its column `column`
    /// (e.g. "k64"); the cluster count is the column's largest id + 1.
    public init(table: TSVTable, column: String) throws(LexiconError) {
        guard let ci = table.columns.firstIndex(of: column) else {
            throw LexiconError(source: "syllable clusters", line: 0, message: "no column '\(column)' (have \(table.columns.joined(separator: ", ")))")
        }
        var entries: [(UInt64, UInt16)] = []
        var maxID = 0
        for row in table.rows {
            guard let id = UInt16(row.fields[ci]), let key = WordLexicon.keys(of: row.fields[0]).first else { continue }
            entries.append((key, id))
            maxID = max(maxID, Int(id))
        }
        self.init(entries: entries, clusterCount: maxID + 1)
    }

    /// The cluster of a syllable key, or nil.
    @inline(__always)
    public func cluster(_ key: UInt64) -> Int? { table.get(key).map(Int.init) }

    /// The class of a token.
    @inline(__always)
    public func id(_ t: Token) -> Int {
        guard t.kind == .syllable else { return nonSyllable }
        return table.get(t.key).map(Int.init) ?? unknown
    }

    /// Calls `body` for every (syllable key, cluster).
    public func forEach(_ body: (UInt64, UInt16) -> Void) { table.forEach(body) }
}
