"""How a relation reads: `attributed_to` points back at the claim ("claim ← source"),
every other type points from its first span to its second."""


def points_back(relation_type: str) -> bool:
    return relation_type == "attributed_to"


def arrow(relation_type: str) -> str:
    return "←" if points_back(relation_type) else "→"
