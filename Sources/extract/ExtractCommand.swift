import ArgumentParser

@main
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract office-holders, organizations, places, dates, documents and numeric claims from Vietnamese text.",
        discussion: """
        Examples:
          extract article.txt                          one JSON document for the file
          extract --format jsonl lines.txt > out.jsonl one JSON object per input line
          echo "Bộ trưởng Bộ Tài chính Nguyễn Văn A cho biết..." | extract --format text
          extract --format seg sentences.txt           words joined by '_' (for ws_eval.py)
          extract train-segmenter --train train.seg.txt --dev dev.seg.txt --output seg.model
          extract eval-seg --gold test.seg.txt         word segmentation P/R/F1 (like ws_eval.py)

        Offsets in the JSON are Unicode scalar (code point) offsets into the input as given.
        """,
        subcommands: [RunCommand.self, BenchCommand.self, TrainSegmenterCommand.self, EvalSegmentationCommand.self, BuildSegmentationStatisticsCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
