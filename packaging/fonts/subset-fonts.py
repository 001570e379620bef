#!/usr/bin/env python3
"""Cuts the faces the program prints with on Linux down to the characters Chinese forms use, for the installer
(issue 15: a cold export parsed the whole Noto Serif CJK face, 65,535 glyphs and a 23 MB CFF table; docs/packaging.md).

Kept: the 8,105 characters of the 通用规范汉字表 (Unihan kTGHZ2013, Debian unicode-data), GB 2312, every character
of the program's own texts (definitions, layouts, examples and message bundles read from the shaded jar), Latin,
punctuation and the symbol blocks forms print (①, ℃, ㎡, □, ☑ …). Outlines, hints and metrics are the installed
face's: the program prints a character the subset lacks with the installed face itself (forms: BundledFonts).

Usage: subset-fonts.py --jar app/target/shenbao.jar --out <folder> [--font-dir DIR …]
Needs python3 and fontTools (Debian: apt-get install fonttools). Writes <folder>/subsets.properties, the subsets
and each font's licence. Deterministic: the same inputs give the same bytes.
"""
import argparse
import bz2
import os
import re
import shutil
import sys
import zipfile

try:
    from fontTools import subset
    from fontTools.ttLib import TTFont, TTCollection
except ImportError:
    sys.exit("subset-fonts.py: fontTools is missing (Debian: apt-get install fonttools); "
             "or build without the font subsets: -Dshenbao.fonts.subset.skip=true")

# (file name as installed, lower case; family kept; output file; licence)
WANTED = [
    ("notoserifcjk-regular.ttc", "Noto Serif CJK SC", "NotoSerifCJKsc-Regular.subset.otf",
     "SIL Open Font License 1.1", "/usr/share/doc/fonts-noto-cjk/copyright"),
    ("wqy-microhei.ttc", "WenQuanYi Micro Hei", "wqy-microhei.subset.ttf",
     "Apache License 2.0 or GPL 3 with font embedding exception", "/usr/share/doc/fonts-wqy-microhei/copyright"),
    # the Latin face of body text and the face of the check boxes □ ☑ (which Noto CJK lacks)
    ("liberationserif-regular.ttf", "Liberation Serif", "LiberationSerif-Regular.subset.ttf",
     "SIL Open Font License 1.1", "/usr/share/doc/fonts-liberation2/copyright"),
    ("dejavusans.ttf", "DejaVu Sans", "DejaVuSans.subset.ttf",
     "Bitstream Vera Fonts licence (free)", "/usr/share/doc/fonts-dejavu-core/copyright"),
]
UNIHAN = "/usr/share/unicode/Unihan_Readings.txt.bz2"
RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x2FF), (0x370, 0x3FF), (0x400, 0x45F),
    (0x2000, 0x206F), (0x20A0, 0x20BF), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF),
    (0x2300, 0x23FF), (0x2460, 0x24FF), (0x2500, 0x257F), (0x2580, 0x259F), (0x25A0, 0x25FF),
    (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3000, 0x303F), (0x3200, 0x32FF), (0x3300, 0x33FF),
    (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
]
TEXT_SUFFIXES = (".json", ".properties", ".shenbao", ".txt", ".csv", ".md")


def tghz2013():
    chars = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as f:
        for line in f:
            if "\tkTGHZ2013\t" in line and line.startswith("U+"):
                chars.add(int(line[2:line.index("\t")], 16))
    if len(chars) != 8105:
        sys.exit(f"subset-fonts.py: {UNIHAN} lists {len(chars)} characters of the 通用规范汉字表, not 8,105")
    return chars


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def jar_texts(jar):
    chars = set()
    with zipfile.ZipFile(jar) as z:
        for name in z.namelist():
            if name.startswith("cn/shenbao/") and name.endswith(TEXT_SUFFIXES):
                text = z.read(name).decode("utf-8", errors="ignore")
                if name.endswith(".properties"):
                    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
                chars.update(ord(c) for c in text if ord(c) >= 0x20)
    return chars


def find(font_dirs, file_name):
    # folders in a fixed order, following linked folders as the program's font lookup does
    for d in font_dirs:
        for root, dirs, files in os.walk(d, followlinks=True):
            dirs.sort()
            for f in sorted(files):
                if f.lower() == file_name:
                    return os.path.join(root, f)
    return None


def families(font):
    return {n.toUnicode() for n in font["name"].names if n.nameID in (1, 16)}


def open_face(path, family):
    """The face of `family` in `path` (a collection or a single font), as (TTFont, index or -1)."""
    if path.lower().endswith((".ttc", ".otc")):
        collection = TTCollection(path, lazy=True)
        for i, face in enumerate(collection.fonts):
            if family in families(face):
                return TTFont(path, fontNumber=i, recalcTimestamp=False, recalcBBoxes=False), i
        return None, None
    face = TTFont(path, recalcTimestamp=False, recalcBBoxes=False)
    return (face, -1) if family in families(face) else (None, None)


def licence_text(font, family, debian_copyright):
    names = {n.nameID: n.toUnicode() for n in font["name"].names if n.platformID == 3 and n.langID == 0x409}
    lines = [f"{family}: subset made for Shenbao from the installed font (packaging/fonts/subset-fonts.py).",
             "", "Copyright: " + names.get(0, ""), "Licence: " + names.get(13, ""), "Licence URL: " + names.get(14, "")]
    if debian_copyright and os.path.isfile(debian_copyright):
        with open(debian_copyright, encoding="utf-8", errors="replace") as f:
            lines += ["", "--- " + debian_copyright, "", f.read()]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--font-dir", action="append", default=[])
    args = ap.parse_args()
    font_dirs = args.font_dir or ["/usr/share/fonts", "/usr/local/share/fonts"]
    chars = tghz2013() | gb2312() | jar_texts(args.jar)
    for lo, hi in RANGES:
        chars.update(range(lo, hi + 1))
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    manifest = ["# Font subsets shipped with Shenbao, made by packaging/fonts/subset-fonts.py (forms: BundledFonts).",
                "# Each stands in for the installed font it was cut from (same file name and size) and only for it."]
    n = 0
    for file_name, family, out_name, licence, debian_copyright in WANTED:
        path = find(font_dirs, file_name)
        if path is None and n == 0 and file_name.startswith("notoserifcjk"):
            sys.exit(f"subset-fonts.py: {file_name} ({family}) not found under {', '.join(font_dirs)}: install "
                     "fonts-noto-cjk (the .deb depends on it), or build with -Dshenbao.fonts.subset.skip=true")
        if path is None:
            # the program uses this face where installed, only without a subset
            print(f"fonts: {file_name} ({family}) not found: no subset of it")
            continue
        font, index = open_face(path, family)
        if font is None:
            sys.exit(f"subset-fonts.py: {path} has no face of the family {family}")
        options = subset.Options()
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx", "DSIG", "FFTM"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.name_legacy = True
        options.notdef_outline = True
        options.glyph_names = False
        options.recalc_timestamp = False
        options.recalc_bounds = False
        full_cmap = set(font.getBestCmap())
        sub = subset.Subsetter(options=options)
        sub.populate(unicodes=sorted(chars))
        sub.subset(font)
        # the promise the program relies on (BundledFonts): for every character asked for, the subset has a glyph
        # exactly when the installed face has one
        kept_cmap = set(font.getBestCmap())
        wrong = sorted(c for c in chars if (c in kept_cmap) != (c in full_cmap))
        if wrong:
            sys.exit(f"subset-fonts.py: the subset of {family} differs from the installed face for "
                     + " ".join(f"U+{c:04X}" for c in wrong[:20]))
        target = os.path.join(args.out, out_name)
        font.save(target)
        # the characters asked for, as a bit set over the Basic Multilingual Plane (bit c of byte c // 8, least
        # significant first): for these the subset's answer is the installed face's (it has the glyph or neither has)
        asked = bytearray(0x10000 // 8)
        for c in chars:
            if c < 0x10000:
                asked[c // 8] |= 1 << (c % 8)
        with open(target + ".asked", "wb") as f:
            f.write(bytes(asked))
        kept = len(font.getGlyphOrder())
        n += 1
        manifest += [f"{n}.file={out_name}", f"{n}.asked={out_name}.asked", f"{n}.family={family}", f"{n}.source={os.path.basename(path)}",
                     f"{n}.sourceSize={os.path.getsize(path)}", f"{n}.license={licence}"]
        licence_file = os.path.join(args.out, "LICENSE-" + family.replace(" ", "-") + ".txt")
        with open(licence_file, "w", encoding="utf-8") as f:
            f.write(licence_text(TTFont(path, fontNumber=max(index, 0), lazy=True), family, debian_copyright))
        print(f"fonts: {family} from {path}" + (f" (face {index})" if index >= 0 else "")
              + f": {kept} glyphs, {os.path.getsize(target) // 1024} KB → {target}")
    with open(os.path.join(args.out, "subsets.properties"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")


if __name__ == "__main__":
    try:
        main()
    except OSError as e:
        sys.exit(f"subset-fonts.py: {e.filename or ''}: {e.strerror or e}")
