/// Multi-token phrases matched on token keys (`SyllableKey`): case, normalization form and
/// tone-mark placement do not matter, the token boundaries do.
///
/// Storage: one hash map from the combined key of every phrase prefix to a node that says
/// whether longer phrases continue it and which payloads end there. Matching at a position
/// walks forward token by token and stops as soon as no phrase continues: O(longest phrase).
public struct PhraseLexicon<Payload: Sendable>: Sendable {
    struct Node: Sendable {
        var continues = false
        var payloads: [Int32] = []
    }

    private var nodes: [UInt64: Node] = [:]
    public private(set) var payloads: [Payload] = []
    /// Length in tokens of the longest phrase.
    public private(set) var maxLength = 0

    public init() {}

    public var count: Int { payloads.count }

    /// Adds `phrase` (normalized and tokenized like running text) with its payload. Returns
    /// false when the phrase has no tokens.
    @discardableResult
    public mutating func insert(_ phrase: String, _ payload: Payload) -> Bool {
        let keys = PhraseLexicon.keys(of: phrase)
        return insert(keys: keys, payload)
    }

    /// Adds a phrase given as token keys.
    @discardableResult
    public mutating func insert(keys: [UInt64], _ payload: Payload) -> Bool {
        guard !keys.isEmpty else { return false }
        var h = SyllableKey.offsetBasis
        for (k, key) in keys.enumerated() {
            h = SyllableKey.combine(h, key)
            if k < keys.count - 1 { nodes[h, default: Node()].continues = true }
        }
        payloads.append(payload)
        nodes[h, default: Node()].payloads.append(Int32(payloads.count - 1))
        maxLength = max(maxLength, keys.count)
        return true
    }

    /// The token keys of `phrase`, as the tokenizer would produce them in running text.
    public static func keys(of phrase: String) -> [UInt64] {
        let text = Normalizer().normalize(phrase)
        return Tokenizer().tokenize(text).map(\.key)
    }

    /// Every phrase starting at token `start`, shortest first, as (length in tokens, payload
    /// indices). `limit` bounds the tokens considered (e.g. the sentence end).
    public func matches(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int? = nil) -> [(length: Int, payloads: [Int32])] {
        var out: [(Int, [Int32])] = []
        forEachMatch(tokens, at: start, limit: limit) { out.append(($0, $1)) }
        return out
    }

    /// Calls `body(length, payloadIndices)` for each phrase starting at `start`, shortest first.
    @inline(__always)
    public func forEachMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int? = nil,
                             _ body: (Int, [Int32]) -> Void) {
        let end = min(limit ?? tokens.count, tokens.count)
        var h = SyllableKey.offsetBasis
        var i = start
        while i < end {
            h = SyllableKey.combine(h, tokens[i].key)
            guard let node = nodes[h] else { return }
            if !node.payloads.isEmpty { body(i - start + 1, node.payloads) }
            if !node.continues { return }
            i += 1
        }
    }

    /// The longest phrase at `start`: its length in tokens and payload indices.
    public func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int? = nil) -> (length: Int, payloads: [Int32])? {
        var best: (Int, [Int32])? = nil
        forEachMatch(tokens, at: start, limit: limit) { best = ($0, $1) }
        return best
    }

    /// Convenience over an array of tokens.
    public func longestMatch(_ tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, payloads: [Int32])? {
        tokens.withUnsafeBufferPointer { longestMatch($0, at: start, limit: limit) }
    }

    public func payload(_ index: Int32) -> Payload { payloads[Int(index)] }
}
