"""ICU's data library cut down to what Qt uses, for the Linux bundle (issue 23).

PySide6's Linux wheel carries its own ICU, and QtCore needs it (libQt6Core.so.6 links
libicui18n, libicuuc and libicudata). libicudata.so.NN is one 32 MB symbol, icudtNN_dat:
ICU's "common data" package, a table of contents plus ~3,900 items (locale data for ~800
locales in ten trees, collation, converters, break-iterator dictionaries, transliterators).

Qt calls ICU for collation (QCollator, QString::localeAwareCompare, QFileSystemModel's
sorting), locale-aware case mapping, time-zone display names and codecs other than UTF and
Latin-1 (QStringConverter by name). Herstelscan runs in Dutch or English, so of the locale
data only root, en* and nl* are kept; break-iterator dictionaries (CJK, Thai, Khmer, Lao,
Burmese line breaking) and transliterators are dropped because Qt never opens a ubrk or
utrans (its text boundaries are its own). Everything else (converters, normalization,
collation rules, time-zone and supplemental data) stays. A locale left out is not an error
for ICU: it falls back to its parent and finally to root.

The kept items are copied byte for byte into a new package with the same layout (header,
sorted table of contents, 16-byte aligned items), and that package becomes the only symbol
of a new libicudata.so.NN with the same soname, built with the C compiler (an assembler
.incbin). Without a C compiler the build keeps the full library and says so.

Used by installer/herstelscan.spec; tests/test_icu_data.py checks it on the wheel's library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

# Locale data kept: ICU's root (every fallback ends there), English and Dutch in every region.
LOCALES_KEPT = re.compile(r"^(root|en|nl)(_\w*)?$")
# A locale's data file: language (2-3 letters), then script (Latn), region (NL, 419) and
# variant (POSIX) parts, each starting with a capital or a digit ("de__PHONEBOOK" has an
# empty one). Not res_index.res, each tree's list of its locales, which stays.
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_([A-Z0-9][A-Za-z0-9]*)?)*\.res$")
# Trees Qt never opens: break-iterator dictionaries and transliterators.
_UNUSED_ITEM = re.compile(r"^(brkitr/.*\.dict|translit/.*)$")

_SYMBOL = re.compile(r"^icudt(\d+)_dat$")
_MAGIC = (0xDA, 0x27)
_PAD = b"\xaa"  # what ICU's own packager pads with


def keep_item(path: str) -> bool:
    """Whether the package item PATH ("coll/nl.res", "cnvalias.icu") stays in."""
    if _UNUSED_ITEM.match(path):
        return False
    name = path.rsplit("/", 1)[-1]
    if _LOCALE_ITEM.match(name):
        return bool(LOCALES_KEPT.match(name[: -len(".res")]))
    return True


def _elf_data_symbol(library: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol of a 64-bit little-endian ELF."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, st_shndx, st_value, st_size = struct.unpack_from(
                "<IBBHQQ", library, pos
            )
            end = library.index(b"\0", strtab_offset + st_name)
            symbol = library[strtab_offset + st_name : end].decode("ascii")
            if _SYMBOL.match(symbol) and st_shndx != 0:
                section = sections[st_shndx]
                return symbol, section[4] + st_value - section[3], st_size
    raise ValueError("no icudtNN_dat symbol")


def parse_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name with its "icudtNNl/" prefix, item bytes)]) of a common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != _MAGIC or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ITEMS (kept in their sorted order: ICU searches it binarily)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = (toc_size + len(names) + 15) // 16 * 16
    entries, blobs, name_offset, data_offset = [], [], toc_size, data_start
    for name, blob in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = blob + _PAD * (-len(blob) % 16)
        blobs.append(padded)
        data_offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += _PAD * (data_start - len(toc))
    return header + toc + b"".join(blobs)


def filter_package(data: bytes, keep: Callable[[str], bool] = keep_item) -> tuple[bytes, list[str]]:
    """(package with only the items KEEP accepts, names of the items left out)."""
    header, items = parse_package(data)
    kept, dropped = [], []
    for name, blob in items:
        short = name.split("/", 1)[1]
        (kept if keep(short) else dropped).append((name, blob))
    return build_package(header, kept), [name for name, _ in dropped]


def read_library_data(library: Path) -> tuple[str, bytes]:
    """(symbol name, common data package) of an ICU data library libicudata.so.NN."""
    raw = library.read_bytes()
    symbol, offset, size = _elf_data_symbol(raw)
    return symbol, raw[offset : offset + size]


def write_library(symbol: str, package: bytes, soname: str, out: Path, cc: str) -> None:
    """A shared library OUT whose one exported symbol SYMBOL holds PACKAGE."""
    out.parent.mkdir(parents=True, exist_ok=True)
    dat = out.with_name(out.name + ".dat")
    dat.write_bytes(package)
    asm = out.with_name(out.name + ".S")
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{dat.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    subprocess.run(
        [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), asm.name],
        cwd=out.parent,
        check=True,
    )


def slim_library(library: Path, out: Path) -> str:
    """Write the cut-down copy of LIBRARY to OUT; return a one-line account, or raise."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise RuntimeError("no C compiler (cc/gcc) to build the library with")
    symbol, package = read_library_data(library)
    slim, dropped = filter_package(package)
    write_library(symbol, slim, library.name, out, cc)
    # Proof the result reads back: the same symbol, a package with exactly the kept items.
    check_symbol, check_package = read_library_data(out)
    if check_symbol != symbol or check_package != slim:
        raise RuntimeError(f"{out} does not hold the package it was built from")
    return (
        f"{library.name}: {len(package) / 1e6:.1f} MB -> {len(slim) / 1e6:.1f} MB "
        f"({len(dropped)} of {len(parse_package(package)[1])} items left out)"
    )
