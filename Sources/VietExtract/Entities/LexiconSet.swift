import VietText

/// One row of a lexicon, kept for the attributes and for `--explain`.
struct LexEntry: Sendable {
    /// The form as written in the file (NFC, natural spacing).
    let form: String
    /// The file it came from ("roles.tsv", or a user lexicon's path).
    let source: String
    /// 1-based line in that file.
    let line: Int
    /// The other columns by header name ("takes_org", "kind", "expansion" ...).
    let attrs: [String: String]

    func attr(_ name: String) -> String { attrs[name] ?? "" }
    /// "'Bí thư'(roles.tsv:12)", for `--explain`.
    var ref: String { "'\(form)'(\(source):\(line))" }
    /// The `|`-joined values of a column as a set.
    func values(_ name: String) -> Set<Substring> { Set(attr(name).split(separator: "|")) }
}

/// Every bundled lexicon, compiled once into `PhraseLexicon`s keyed on token keys (case, NFC/NFD
/// and tone-mark placement folded), with user lexicons of the same concept merged in.
///
/// Invariant: immutable after `init`; shared by all documents and threads.
struct LexiconSet: Sendable {
    typealias Lex = PhraseLexicon<LexEntry>

    /// The bundled concepts: file name → which column holds the phrase, and which columns hold
    /// extra `|`-joined forms to insert as the same entry.
    static let concepts: [String: (key: String, aliases: [String])] = [
        "roles.tsv": ("form", []),
        "role_prefixes.tsv": ("form", []),
        "role_modifiers.tsv": ("form", []),
        "ranks.tsv": ("form", []),
        "honorifics.tsv": ("form", []),
        "organizations.tsv": ("form", ["abbreviation"]),
        "org_heads.tsv": ("form", []),
        "domains.tsv": ("form", []),
        "places.tsv": ("form", ["alias"]),
        "admin_units.tsv": ("form", ["abbreviation"]),
        "abbreviations.tsv": ("abbreviation", []),
        "surnames.tsv": ("surname", []),
        "name_syllables.tsv": ("syllable", []),
    ]

    private(set) var lexicons: [String: Lex] = [:]

    var roles: Lex { lexicons["roles.tsv"] ?? Lex() }
    var prefixes: Lex { lexicons["role_prefixes.tsv"] ?? Lex() }
    var modifiers: Lex { lexicons["role_modifiers.tsv"] ?? Lex() }
    var ranks: Lex { lexicons["ranks.tsv"] ?? Lex() }
    var honorifics: Lex { lexicons["honorifics.tsv"] ?? Lex() }
    var organizations: Lex { lexicons["organizations.tsv"] ?? Lex() }
    var orgHeads: Lex { lexicons["org_heads.tsv"] ?? Lex() }
    var domains: Lex { lexicons["domains.tsv"] ?? Lex() }
    var places: Lex { lexicons["places.tsv"] ?? Lex() }
    var adminUnits: Lex { lexicons["admin_units.tsv"] ?? Lex() }
    var abbreviations: Lex { lexicons["abbreviations.tsv"] ?? Lex() }
    var surnames: Lex { lexicons["surnames.tsv"] ?? Lex() }
    var nameSyllables: Lex { lexicons["name_syllables.tsv"] ?? Lex() }

    /// Loads the embedded lexicons, then each user lexicon into the concept its name gives.
    /// Throws `LexiconError` (file and line) for malformed text or an unknown concept.
    init(userLexicons: [Extractor.UserLexicon]) throws(LexiconError) {
        for (file, spec) in Self.concepts {
            var lex = Lex()
            if EmbeddedResources.text("Lexicons/" + file) != nil {
                let table = try TSVTable.embedded(file)
                try Self.add(table, spec: spec, into: &lex)
            }
            lexicons[file] = lex
        }
        for user in userLexicons {
            let name = user.concept.split(separator: "/").last.map(String.init) ?? user.concept
            guard let spec = Self.concepts[name] else {
                throw LexiconError(source: user.source, line: 0,
                                   message: "unknown lexicon '\(name)' (known: \(Self.concepts.keys.sorted().joined(separator: ", ")))")
            }
            let table = try TSVTable(parsing: user.text, source: user.source)
            var lex = lexicons[name] ?? Lex()
            try Self.add(table, spec: spec, into: &lex)
            lexicons[name] = lex
        }
        // Places listed with their unit word ("Thành phố Hồ Chí Minh") are found after any
        // unit word too ("TP. Hồ Chí Minh"), but never bare ("Hồ Chí Minh" is a person).
        var afterUnit = Lex()
        let units = lexicons["admin_units.tsv"] ?? Lex()
        for entry in (lexicons["places.tsv"] ?? Lex()).payloads {
            let tokens = Tokenizer().tokenize(Normalizer().normalize(entry.form))
            guard let u = units.longestMatch(tokens, at: 0), u.length < tokens.count,
                  tokens[u.length].kind == .syllable else { continue }
            afterUnit.insert(keys: tokens[u.length...].map(\.key), entry)
        }
        lexicons["places-after-unit"] = afterUnit
    }
    var placesAfterUnit: Lex { lexicons["places-after-unit"] ?? Lex() }

    private static func add(_ table: TSVTable, spec: (key: String, aliases: [String]), into lex: inout Lex) throws(LexiconError) {
        let keyColumn = table.columns.firstIndex(of: spec.key) ?? 0
        for row in table.rows {
            var attrs: [String: String] = [:]
            for (c, name) in table.columns.enumerated() where c != keyColumn && c < row.fields.count {
                if !row.fields[c].isEmpty { attrs[name] = row.fields[c] }
            }
            let form = row.fields[keyColumn]
            if form.isEmpty {
                throw LexiconError(source: table.source, line: row.line, message: "empty '\(spec.key)'")
            }
            let entry = LexEntry(form: form, source: table.source, line: row.line, attrs: attrs)
            guard lex.insert(form, entry) else {
                throw LexiconError(source: table.source, line: row.line, message: "'\(form)' has no words")
            }
            for column in spec.aliases {
                for alias in entry.values(column) where !alias.isEmpty {
                    lex.insert(String(alias), entry)
                }
            }
        }
    }
}

/// Keys of the function words the rules look at, computed once.
enum Keys {
    static func k(_ s: String) -> UInt64 { SyllableKey.hash(s) }
    static let cac = k("các"), nhung = k("những"), va = k("và"), kiem = k("kiêm"), cua = k("của")
    static let trung = k("trung"), uong = k("ương"), khoa = k("khóa"), tai = k("tại")
    static let cap = k("cấp"), cao = k("cao"), toi = k("tối"), nhan = k("nhân"), dan = k("dân")
    static let cong = k("cộng"), hoa = k("hòa"), duoc = k("được")
    /// Words that may stand between a person and a title given by appointment or election
    /// ("được bầu giữ chức", "được bổ nhiệm làm", "điều động, chỉ định giữ chức").
    static let appointment: Set<UInt64> = Set([
        "được", "bầu", "bổ", "nhiệm", "giữ", "chức", "làm", "vụ", "đảm", "nhận", "tái", "kiêm",
        "điều", "động", "luân", "chuyển", "chỉ", "định", "phân", "công", "tạm", "thời", "quyền",
        "tiếp", "tục", "sẽ", "đã", "vừa", "mới", "lại", "là", "đang", "hiện",
    ].map { k($0) })
    /// Function words that never continue a name.
    static let function: Set<UInt64> = Set([
        "và", "của", "tại", "với", "cho", "do", "là", "được", "đã", "có", "ở", "từ", "trong",
        "theo", "về", "các", "những", "đến", "khi", "như", "sẽ", "bị", "vừa", "đang", "thì",
    ].map { k($0) })
    /// Words after which a bare role is not a title of one person ("các thành viên", "các sở").
    static let plural: Set<UInt64> = [cac, nhung]
}
