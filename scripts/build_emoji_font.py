"""Make resources/fonts/NotoEmoji-Regular.ttf, the emoji fallback of the article font.

Noto Emoji (monochrome, SIL OFL 1.1) ships as a variable font of ~2 MB; a static Regular
without hinting is ~0.86 MB and draws the same. Needs fontTools (pip install fonttools):
  python scripts/build_emoji_font.py PATH/TO/NotoEmoji[wght].ttf
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoEmoji-Regular.ttf"


def main(source: str) -> None:
    font = instancer.instantiateVariableFont(TTFont(source), {"wght": 400})
    options = subset.Options()
    options.unicodes, options.layout_features, options.hinting = "*", ["*"], False
    options.name_IDs, options.name_languages = ["*"], ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    font.save(OUT)
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1])
