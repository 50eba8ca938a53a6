"""How a relation reads: `attributed_to` points back at the claim ("claim ← source"),
every other type points from its first span to its second."""


def points_back(relation_type: str) -> bool:
    return relation_type == "attributed_to"


def arrow(relation_type: str, rtl: bool = False) -> str:
    """The arrow between a relation's ends as written in reading order (`rtl`: a right-to-left
    interface, where an arrow that points onward points left)."""
    return "←" if points_back(relation_type) != rtl else "→"
