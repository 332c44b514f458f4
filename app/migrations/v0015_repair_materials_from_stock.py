"""Schema 15: a repair's materials are read from the stock documents that name it.

repair_material copied the lines of a stock-out issued from the 客服 page, so a stock-out
issued from the 仓库 page for the same repair was missing from the repair's cost. Both pages
issue through the warehouse and mark the document with the repair's number; the lines are the
one record, and the copy goes (its capture triggers go with the table).
"""


def statements() -> list[str]:
    return ["DROP TABLE repair_material"]
