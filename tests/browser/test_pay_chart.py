"""The company page's pay chart keeps every bar on its axis (found by looking at the screenshots)."""

from decimal import Decimal
from types import SimpleNamespace

from postings.templatetags.role_pages import pay_chart


def role(pk, low, high):
    return SimpleNamespace(pk=pk, pay_min_usd=Decimal(low), pay_max_usd=Decimal(high))


def test_axis_ends_at_or_above_the_highest_pay():
    # 99,450 used to round *down* to 90,000 (Decimal's // truncates toward zero): the bar left the chart.
    chart = pay_chart([role(1, "81900.00", "99450.00")])
    (row,) = chart.rows
    left, width = float(row.left.rstrip("%")), float(row.width.rstrip("%"))
    assert left >= 0 and left + width <= 100.001
    assert chart.ticks[-1][1] == "$100K"


def test_several_roles_share_one_axis():
    chart = pay_chart([role(1, "196000", "220500"), role(2, "400000", "450000"), role(3, "16000", "19000")])
    for row in chart.rows:
        left, width = float(row.left.rstrip("%")), float(row.width.rstrip("%"))
        assert left >= 0 and left + width <= 100.001
