#!/usr/bin/env python3
"""Writes the seed corpus in Fuzz/Corpus/<target>/ (run once; the files are committed).

Small, hand-picked inputs that reach the interesting paths quickly: Vietnamese in NFC and NFD
and both tone styles, numbers with separators, codes, dates, titles and names, emoji, zero-width
and control characters, and (for utf8) invalid and truncated UTF-8.
"""
import os
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))

text = [
    "Chủ tịch UBND TP.Hà Nội Trần Sỹ Thanh phát biểu tại hội nghị.",
    "Phó Bí thư Thường trực Thành ủy, ông Nguyễn Văn Phong, cho biết 30/34 đề án đã hoàn thành.",
    "Năm 2024, GDP tăng 7,09%, đạt khoảng 11.511,9 nghìn tỷ đồng.",
    "Ngày 21/11/2024, Quốc hội thông qua Nghị quyết số 100/2019/NĐ-CP.",
    "Đại hội Đảng lần thứ XIV diễn ra từ ngày 19 đến 25/1/2026.",
    "hòa khỏe thủy Ủy ban — hoà khoẻ thuỷ Uỷ ban",
    "PGS.TS Nguyễn Thị Hoa, ThS. Lê Văn A, v.v. và các ông bà.",
    "Kế hoạch 01-CTr/TU giai đoạn 2020-2025; COVID-19; H5N1; 5G; 10km; m2.",
    "Hơn 1,5 triệu người, gần 200 tỷ đồng, ít nhất 3 năm, từ 10 đến 15 ngày.",
    "“Trích dẫn” và ‘nháy đơn’… (ngoặc) [vuông] {nhọn} «góc»!? ...",
    "Giám đốc Sở Y tế tỉnh Nghệ An (nguyên Phó Chủ tịch) — tân Bộ trưởng.",
    "😀👍🏽🇻🇳 漢字 한국어 Ω Å e\u0301\u0301 \U0010FFFF",
    "zero\u200bwidth\u200c\u200d\ufeff soft\u00adhyphen nb\u00a0sp thin\u2009space",
    "tab\tnul\x00bell\x07 del\x7f nel\x85 ls\u2028ps\u2029 crlf\r\nlf\ncr\r",
    "Ðð Ɖɖ look-alikes – dash — em ‐ hyphen − minus",
    "999999999999999999999999 tỷ tỷ; 1.000.000.000.000.000.000.000 đồng; 0,000001%",
    "((((([[[[{{{{ Bộ trưởng }}}}]]]])))))",
    "TRẦN VĂN A NGUYỄN THỊ B LÊ C PHẠM D HOÀNG E",
    "Ông A. Bà B. Tp. Hcm. Q.1, P.Bến Nghé, H.Củ Chi, X.Tân Phú.",
    "1.2.3.4.5 1,2,3 1/2/3/4 1-2-3 1_2_3 1:2:3 a.b.c A.B.C",
    "quý I/2024, quý IV năm 2023, tháng 12/2024, năm 2020–2025",
    "",
    " ",
    "\n\n\n",
    "A",
    "Nguyễn",
]
nfd = [unicodedata.normalize("NFD", t) for t in text]

def write(target, items):
    d = os.path.join(here, "Corpus", target)
    os.makedirs(d, exist_ok=True)
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    for k, b in enumerate(items):
        with open(os.path.join(d, f"seed-{k:03d}"), "wb") as f:
            f.write(b)

enc = [t.encode("utf-8") for t in text]
enc_nfd = [t.encode("utf-8") for t in nfd if t.encode("utf-8") not in enc]
mixed = [(text[k] + " " + nfd[k]).encode("utf-8") for k in (0, 5, 10)]
write("normalizer", enc + enc_nfd[:10] + mixed + [bytes([0xC3]), b"a\xcc", b"\xe1\xba"])
write("tokenizer", enc + enc_nfd[:6] + mixed[:1])
write("extractor", enc + enc_nfd[:8] + mixed)

numbers = [
    "1.000", "1.000.000", "5,2", "1.234,5", "1,234.5", "1,000,000", "1.5", "2.25", "1.2.3", "0912.345.678",
    "87,45%", "1,5 triệu", "3 nghìn tỷ", "2 triệu rưỡi", "hai mươi mốt", "một trăm linh năm",
    "hai nghìn không trăm hai mươi lăm", "8,5 phần trăm", "XIV", "MMMCMXCIX", "IIII", "999999999999999999999999",
    "9" * 320, "0," + "0" * 320 + "1", "1." + "000." * 30 + "000", "mười lăm nghìn tỷ tỷ", "bốn mươi tư", "chín mươi chín triệu",
]
write("numbers", [n.encode() for n in numbers])

invalid = [
    b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xc2", b"\xc2\x41", b"\xe0\x80\x80", b"\xe0\x9f\xbf",
    b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xef\xbf", b"\xf0\x80\x80\x80", b"\xf0\x8f\xbf\xbf",
    b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xff", b"\xfe", b"\xf0\x9f\x98",
    "Nguyễn".encode()[:-1], "tỷ đồng\n".encode() + b"\xe1\xbb\n" + "dòng ba\r\n".encode(),
    b"line one\r\nline two\nline three\r", b"\r\r\n\n\r", b"abc\r", b"\n",
    "x\u00e0\u1ea1\U0001F600".encode() + b"\xed\x9f\xbf" + b"\xee\x80\x80" + b"\xf4\x8f\xbf\xbf",
]
write("utf8", enc[:12] + invalid)
print("seeds written")
