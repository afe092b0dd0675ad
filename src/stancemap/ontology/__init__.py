"""Event ontologies: the CAMEO code table with Goldstein weights and the CAMEO -> PLOVER map."""

from __future__ import annotations

from .cameo import (
    PLOVER_SCHEMES,
    CameoCode,
    cameo_root,
    cameo_table,
    get_code,
    goldstein,
    is_code,
    plover_type,
)

__all__ = [
    "CameoCode",
    "PLOVER_SCHEMES",
    "cameo_root",
    "cameo_table",
    "get_code",
    "goldstein",
    "is_code",
    "plover_type",
]
