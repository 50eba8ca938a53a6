"""Whether a window can open here: Qt aborts inside its xcb plugin, with a message about
libxcb, when there is no display at all."""
from __future__ import annotations

import os
import sys

from .errors import IsnadError
from .messages import M


def check_display(environ=os.environ, platform: str = sys.platform) -> None:
    """Raise the two-part message when a Linux/BSD session has no display and Qt was not told
    to draw elsewhere (QT_QPA_PLATFORM=offscreen, vnc...). Windows and macOS always have one."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        raise IsnadError.of(M.NO_DISPLAY)
