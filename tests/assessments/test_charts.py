"""The progress chart's geometry: attempts in, one small chart per scale and per indicator out."""

from types import SimpleNamespace

from assessments.charts import LEFT, MAX_X_LABELS, NO_LEVEL, WIDTH, Chart, progress_chart

TOPS = {"Vijf niveaus": 5, "Drie niveaus": 3}


def attempt(levels=None, **scores):
    return SimpleNamespace(levels=levels or {}, scores=scores)


def chart(*attempts, level_tops=TOPS) -> Chart:
    return progress_chart(attempts, level_tops=level_tops, score_top=3)


def panel(chart: Chart, name: str):
    return next(p for p in chart.panels if p.name == name)


def test_it_draws_the_scales_first_then_the_indicators_each_with_a_point_per_attempt():
    result = chart(
        attempt({"Vijf niveaus": 2, "Drie niveaus": 1}, wensen=1, klacht=2),
        attempt({"Vijf niveaus": 4, "Drie niveaus": 2}, wensen=3, klacht=2),
    )

    assert [(p.name, p.kind) for p in result.panels] == [
        ("Vijf niveaus", "level"),
        ("Drie niveaus", "level"),
        ("wensen", "score"),
        ("klacht", "score"),
    ]
    assert [[point.label for point in p.points] for p in result.panels] == [
        ["2", "4"],
        ["1", "2"],
        ["1", "3"],
        ["2", "2"],
    ]


def test_a_higher_value_sits_higher_and_a_later_attempt_further_right():
    first, second = panel(chart(attempt(wensen=1), attempt(wensen=3)), "wensen").points

    assert second.x > first.x
    assert second.y < first.y  # SVG counts y downwards


def test_equal_values_sit_at_the_same_height_on_every_indicator():
    result = chart(attempt(wensen=2, klacht=2))

    assert panel(result, "wensen").points[0].y == panel(result, "klacht").points[0].y


def test_a_scale_axis_runs_to_its_top_level_even_when_no_attempt_reaches_it():
    levels = panel(chart(attempt({"Vijf niveaus": 2})), "Vijf niveaus")

    assert [tick.label for tick in levels.y_ticks] == [NO_LEVEL, "1", "2", "3", "4", "5"]
    assert levels.top == 5
    # Level 2 of 5 sits two fifths up the axis, not at the top.
    bottom, top = levels.y_ticks[0].at, levels.y_ticks[-1].at
    assert levels.points[0].y == round(bottom + (top - bottom) * 2 / 5)


def test_an_indicator_axis_runs_from_zero_to_the_top_score():
    scores = panel(chart(attempt(wensen=0)), "wensen")

    assert [tick.label for tick in scores.y_ticks] == ["0", "1", "2", "3"]
    assert scores.points[0].y == scores.y_ticks[0].at


def test_an_attempt_without_a_level_sits_on_the_bottom_line_marked_as_no_level():
    points = panel(
        chart(attempt({"Drie niveaus": None}), attempt({"Drie niveaus": 2})), "Drie niveaus"
    ).points

    assert [(p.value, p.label) for p in points] == [(None, NO_LEVEL), (2, "2")]
    assert (
        points[0].y == panel(chart(attempt({"Drie niveaus": None})), "Drie niveaus").y_ticks[0].at
    )


def test_an_unknown_scale_axis_reaches_its_highest_level():
    levels = panel(chart(attempt({"Nieuwe schaal": 4}), level_tops={}), "Nieuwe schaal")

    assert levels.top == 4
    assert levels.points[0].y == levels.y_ticks[-1].at


def test_an_indicator_missing_from_an_attempt_has_no_point_there():
    points = panel(chart(attempt(wensen=1), attempt(klacht=2), attempt(wensen=2)), "wensen").points

    assert [p.attempt for p in points] == [1, 3]


def test_the_line_joins_the_points_oldest_first():
    scores = panel(chart(attempt(wensen=1), attempt(wensen=3)), "wensen")

    assert scores.line == " ".join(f"{p.x},{p.y}" for p in scores.points)


def test_a_single_attempt_sits_in_the_middle():
    [point] = panel(chart(attempt(wensen=1)), "wensen").points

    assert point.x == (Chart.left + Chart.right) // 2


def test_the_attempts_span_the_width_of_the_plot():
    points = panel(chart(*(attempt(wensen=1) for _ in range(3))), "wensen").points

    assert (points[0].x, points[-1].x) == (LEFT, Chart.right)
    assert Chart.right < WIDTH


def test_it_numbers_few_attempts_each_and_many_only_every_so_often_but_always_the_last():
    few = panel(chart(*(attempt(wensen=1) for _ in range(3))), "wensen")
    many = panel(chart(*(attempt(wensen=1) for _ in range(20))), "wensen")

    assert [tick.label for tick in few.x_ticks] == ["1", "2", "3"]
    assert len(many.x_ticks) <= MAX_X_LABELS + 1
    assert [many.x_ticks[0].label, many.x_ticks[-1].label] == ["1", "20"]


def test_it_draws_nothing_without_attempts():
    assert chart().panels == []
