/// Multi-token phrases matched on token keys (`SyllableKey`): case, normalization form and
/// tone-mark placement do not matter, the token boundaries do.
///
/// Storage: an open-addressing hash table from the combined key of every phrase prefix to a
/// node (does a longer phrase continue it, which payloads end there). Matching at a position
/// walks forward token by token and stops as soon as no phrase continues: O(longest phrase),
/// no allocation, one multiply and a short probe per token. Methods are `@inlinable` so
/// clients in other modules get code specialized for their payload type.
public struct PhraseLexicon<Payload: Sendable>: Sendable {
    @usableFromInline
    struct Node: Sendable {
        @usableFromInline var continues = false
        @usableFromInline var payloads: [Int32] = []
        @usableFromInline init() {}
    }

    /// Slot keys (0 = empty; stored keys are remapped away from 0) and node indices.
    @usableFromInline var slotKeys: [UInt64]
    @usableFromInline var slotNodes: [Int32]
    @usableFromInline var shift: UInt64
    @usableFromInline var nodes: [Node] = []
    public private(set) var payloads: [Payload] = []
    /// Length in tokens of the longest phrase.
    public private(set) var maxLength = 0

    public init() {
        slotKeys = Array(repeating: 0, count: 64)
        slotNodes = Array(repeating: -1, count: 64)
        shift = 64 - 6
    }

    public var count: Int { payloads.count }

    @inlinable @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1e995 : key }

    /// Index of the node for prefix key `key`, or -1.
    @inlinable @inline(__always)
    func node(_ key: UInt64) -> Int32 {
        let k = Self.stored(key)
        let mask = slotKeys.count - 1
        var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return slotKeys.withUnsafeBufferPointer { keys in
            while true {
                let x = keys[i]
                if x == k { return slotNodes[i] }
                if x == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func nodeForInsert(_ key: UInt64) -> Int {
        let existing = node(key)
        if existing >= 0 { return Int(existing) }
        if (nodes.count + 1) * 2 > slotKeys.count { grow() }
        nodes.append(Node())
        place(Self.stored(key), Int32(nodes.count - 1))
        return nodes.count - 1
    }

    private mutating func place(_ k: UInt64, _ nodeIndex: Int32) {
        let mask = slotKeys.count - 1
        var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slotKeys[i] != 0 { i = (i + 1) & mask }
        slotKeys[i] = k
        slotNodes[i] = nodeIndex
    }

    private mutating func grow() {
        let oldKeys = slotKeys, oldNodes = slotNodes
        slotKeys = Array(repeating: 0, count: oldKeys.count * 2)
        slotNodes = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        for i in oldKeys.indices where oldKeys[i] != 0 { place(oldKeys[i], oldNodes[i]) }
    }

    /// Adds `phrase` (normalized and tokenized like running text) with its payload. Returns
    /// false when the phrase has no tokens.
    @discardableResult
    public mutating func insert(_ phrase: String, _ payload: Payload) -> Bool {
        insert(keys: PhraseLexicon.keys(of: phrase), payload)
    }

    /// Adds a phrase given as token keys.
    @discardableResult
    public mutating func insert(keys: [UInt64], _ payload: Payload) -> Bool {
        guard !keys.isEmpty else { return false }
        var h = SyllableKey.offsetBasis
        for (k, key) in keys.enumerated() {
            h = SyllableKey.combine(h, key)
            let n = nodeForInsert(h)
            if k < keys.count - 1 {
                nodes[n].continues = true
            } else {
                payloads.append(payload)
                nodes[n].payloads.append(Int32(payloads.count - 1))
            }
        }
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
    @inlinable @inline(__always)
    public func forEachMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int? = nil,
                             _ body: (Int, [Int32]) -> Void) {
        let end = min(limit ?? tokens.count, tokens.count)
        var h = SyllableKey.offsetBasis
        var i = start
        while i < end {
            h = SyllableKey.combine(h, tokens[i].key)
            let n = node(h)
            if n < 0 { return }
            let node = nodes[Int(n)]
            if !node.payloads.isEmpty { body(i - start + 1, node.payloads) }
            if !node.continues { return }
            i += 1
        }
    }

    /// The longest phrase at `start`: its length in tokens and payload indices.
    @inlinable
    public func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int? = nil) -> (length: Int, payloads: [Int32])? {
        var best: (Int, [Int32])? = nil
        forEachMatch(tokens, at: start, limit: limit) { best = ($0, $1) }
        return best
    }

    /// Convenience over an array of tokens.
    @inlinable
    public func longestMatch(_ tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, payloads: [Int32])? {
        tokens.withUnsafeBufferPointer { longestMatch($0, at: start, limit: limit) }
    }

    @inlinable
    public func payload(_ index: Int32) -> Payload { payloads[Int(index)] }
}
