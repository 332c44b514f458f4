"""The layout of the payment workbook (one sheet 缴费, one row per bank or WeChat/Alipay
payment) and its template, with a second sheet 说明 that explains every column.

Sheet and column names are what the office sees in Excel, so they are Chinese. The example
row imports cleanly into the demo office (unit 1-1-101 exists in every demo size).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.importers.archive_book import Column, Sheet
from app.importers.book_writer import write_workbook
from app.models.billing import PayMethod

METHOD_WORDS = {  # the words of the 支付方式 column, first the template's own
    "现金": PayMethod.CASH,
    "微信": PayMethod.WECHAT,
    "支付宝": PayMethod.ALIPAY,
    "银行卡": PayMethod.CARD,
    "转账": PayMethod.TRANSFER,
    "微信支付": PayMethod.WECHAT,
    "支付宝支付": PayMethod.ALIPAY,
    "刷卡": PayMethod.CARD,
    "POS": PayMethod.CARD,
    "银行转账": PayMethod.TRANSFER,
    "对公转账": PayMethod.TRANSFER,
    "网银": PayMethod.TRANSFER,
    **{code: code for code in PayMethod.COUNTER},
}
METHOD_CHOICES = ("现金", "微信", "支付宝", "银行卡", "转账")

UNIT, AMOUNT, METHOD, DAY, REFERENCE, PAYER, REMARKS = (
    "房号", "金额", "支付方式", "日期", "交易流水号", "付款人", "备注",
)  # fmt: skip
EXAMPLE_UNIT = "1-1-101"
EXAMPLE_REFERENCE = "4200002026110512345678901234"  # a WeChat Pay transaction number: 28 digits
EXAMPLE_DATE = date(2026, 11, 5)

PAYMENTS = Sheet(
    "payments",
    "缴费",
    (
        Column(UNIT, True, "系统中已有的房号，如 3-2-1201", 12),
        Column(AMOUNT, True, "实收金额（元），正数，最多两位小数", 10),
        Column(METHOD, True, "现金/微信/支付宝/银行卡/转账", 10, choices=METHOD_CHOICES),
        Column(DAY, True, "到账日期，不晚于今天；日期单元格，或写成 2026-11-05", 12),
        Column(
            REFERENCE,
            True,
            "银行或微信/支付宝的交易流水号，每笔唯一；请保持文本格式",
            32,
            text=True,
        ),
        Column(PAYER, False, "不填为房屋现在的业主", 12),
        Column(REMARKS, False, "", 24),
    ),
    (EXAMPLE_UNIT, 600.00, "微信", EXAMPLE_DATE, EXAMPLE_REFERENCE, "", "导入示例，可改写或删除"),
)

_NOTES = (
    ("列", "必填", "说明"),
    (UNIT, "是", "系统中已有房屋的房号（如 3-2-1201）。同一房屋可以有多行，按行的先后处理。"),
    (AMOUNT, "是", "实收金额，单位元，正数，最多两位小数，如 600 或 1234.50。全角数字也可以。"),
    (METHOD, "是", "现金、微信、支付宝、银行卡、转账 之一（也认 微信支付、刷卡、银行转账 等写法）。"),
    (DAY, "是", "钱到账的日期，作为收据日期；不能晚于今天，收银员当天须还未日结。"),
    (REFERENCE, "是", "银行或微信/支付宝账单上的交易流水号。一笔钱只收一次：文件中重复、"
     "或以前已经导入过的流水号都会被拒绝。长数字请设为文本格式，否则 Excel 会丢掉后几位。"),
    (PAYER, "否", "收据上的付款人；不填为房屋现在的业主。"),
    (REMARKS, "否", "记在缴费记录上。"),
    ("", "", ""),
    ("怎样入账", "", "每一行像柜台收费一样开一张收据：从最早的未缴费用起，逐笔全额结清，"
     "直到金额不够结清下一笔为止。剩下的钱在收据上记为预存款，并随即冲抵下一笔费用的一部分"
     "（该笔费用显示为部分已缴）；房屋没有欠费时，全部金额记为预存款，以后出账时自动抵扣。"),
    ("全部或全不", "", "先检查所有行；只要有一行有问题，整个文件都不导入，并列出每个问题"
     "（表、行号、列和改法）。改好后重新导入即可。可以先用“只检查”（--dry-run）试一遍。"),
)  # fmt: skip


def write_template(path: Path | str) -> Path:
    """The import template: the 缴费 sheet with its header and an example row, and 说明."""
    return write_workbook(path, PAYMENTS, _NOTES, decimal_columns=(AMOUNT,))
