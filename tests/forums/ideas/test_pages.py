"""The idea list, an idea and the results: filters and sorting, hidden totals, the chart and
its table, right-to-left charts, and query counts that do not grow with the ideas."""

import datetime

import pytest
from django.utils import timezone

from forums.ideas.charts import bar_chart
from forums.ideas.votes import Vote
from forums.taxonomy import service_for
from opportunities.models import Topic

from .factories import IdeaPageFactory, VotingRoundFactory, add_change

pytestmark = pytest.mark.django_db


def votes(idea, voting_round, count):
    start = Vote.objects.filter(idea=idea).count()
    Vote.objects.bulk_create(
        Vote(idea=idea, voting_round=voting_round, mode="open", voter_key=f"browser:{idea.pk}:{n}")
        for n in range(start, start + count)
    )


@pytest.fixture
def themes():
    return {
        slug: Topic.objects.create(slug=slug, name=name)
        for slug, name in [("carers", "Carers"), ("wards", "Wards and hospital care")]
    }


def test_filter_by_theme_and_service_and_sort(client, idea_index, open_round, themes):
    first = IdeaPageFactory(
        parent=idea_index, title="Carers' evening", theme=themes["carers"], voting_round=open_round
    )
    second = IdeaPageFactory(
        parent=idea_index,
        title="Quiet rooms",
        theme=themes["wards"],
        service=service_for("wards"),
        voting_round=open_round,
    )
    votes(first, open_round, 2)
    votes(second, open_round, 5)
    by_votes = client.get(idea_index.url + "?sort=votes").context["open_ideas"]
    assert [idea.title for idea in by_votes] == ["Quiet rooms", "Carers' evening"]
    newest = client.get(idea_index.url + "?sort=newest").context["open_ideas"]
    assert [idea.title for idea in newest] == ["Quiet rooms", "Carers' evening"]
    carers = client.get(idea_index.url + "?theme=carers").context["open_ideas"]
    assert [idea.title for idea in carers] == ["Carers' evening"]
    wards = client.get(idea_index.url + "?service=wards").content.decode()
    assert "Quiet rooms" in wards and "Carers&#x27; evening" not in wards
    assert "5 votes" in wards


def test_hidden_totals_stay_hidden_until_the_round_closes(client, idea_index, themes):
    voting_round = VotingRoundFactory(index=idea_index, mode="open", hide_totals=True)
    idea = IdeaPageFactory(parent=idea_index, title="Quiet rooms", voting_round=voting_round)
    votes(idea, voting_round, 7)
    index_html = client.get(idea_index.url).content.decode()
    assert "7 votes" not in index_html and "when voting closes" in index_html
    assert 'value="votes"' not in index_html  # no sorting by a hidden total
    idea_html = client.get(idea.url).content.decode()
    assert "7 votes" not in idea_html and "Shown when voting closes" in idea_html
    results = client.get(idea_index.url + f"results/{voting_round.pk}/").content.decode()
    # The count as the results show it once the round closes (">7<", in the table and the
    # chart) is nowhere. Not any "7" in the markup: page ids and dates hold sevens.
    main = results.split("<main", 1)[1].split("</main>")[0]
    assert ">7<" not in main and "7 votes" not in main
    assert "shows its results when voting closes" in results

    voting_round.opens_at = timezone.now() - datetime.timedelta(days=30)
    voting_round.closes_at = timezone.now() - datetime.timedelta(days=1)
    voting_round.save()
    assert "7 votes" in client.get(idea.url).content.decode()
    results = client.get(idea_index.url + f"results/{voting_round.pk}/").content.decode()
    assert ">7<" in results


def test_results_page_has_an_accessible_chart_and_table(client, idea_index, themes):
    voting_round = VotingRoundFactory(
        index=idea_index,
        opens_at=timezone.now() - datetime.timedelta(days=40),
        closes_at=timezone.now() - datetime.timedelta(days=10),
    )
    for title, theme, count in [("A", "carers", 3), ("B", "carers", 4), ("C", "wards", 2)]:
        idea = IdeaPageFactory(
            parent=idea_index, title=title, theme=themes[theme], voting_round=voting_round
        )
        votes(idea, voting_round, count)
    response = client.get(idea_index.url + f"results/{voting_round.pk}/")
    html = response.content.decode()
    assert html.count('role="img"') == 2
    assert '<title id="idea-chart-title">Votes for each idea</title>' in html
    assert '<desc id="theme-chart-desc">' in html
    assert response.context["by_theme"] == [("Carers", 7), ("Wards and hospital care", 2)]
    assert "<script" not in html.split("<main", 1)[1].split("</main>")[0]
    assert "9 votes in this round" in html
    # The past round is listed on the index.
    assert f"results/{voting_round.pk}/" in client.get(idea_index.url).content.decode()


def test_results_of_another_index_round_are_not_found(client, idea_index):
    assert client.get(idea_index.url + "results/999/").status_code == 404


def test_chart_bars_grow_from_the_right_in_right_to_left_languages():
    left = bar_chart([("A", 10), ("B", 5)], "t", "d")
    right = bar_chart([("A", 10), ("B", 5)], "t", "d", rtl=True)
    assert left["bars"][0]["bar_x"] == left["bars"][1]["bar_x"]  # bars start together
    assert right["bars"][0]["bar_x"] < right["bars"][1]["bar_x"]  # and end together
    assert (
        right["bars"][1]["bar_x"] + right["bars"][1]["length"]
        == right["bars"][0]["bar_x"] + right["bars"][0]["length"]
    )
    assert right["bars"][0]["label_x"] > right["bars"][0]["bar_x"]


def test_status_history_is_dated_with_reasons(client, idea_index, open_round):
    idea = IdeaPageFactory(parent=idea_index, voting_round=open_round)
    add_change(idea, "open", "Open for votes.", days_ago=20)
    add_change(idea, "not_taken", "It would cost more than the whole ward budget.")
    html = client.get(idea.url).content.decode()
    assert idea.status == "not_taken"
    assert "Not taken forward" in html and "more than the whole ward budget" in html
    assert (timezone.localdate() - datetime.timedelta(days=20)).strftime("%Y-%m-%d") in html


def test_idea_index_query_count_does_not_grow(
    client, idea_index, open_round, themes, django_assert_max_num_queries
):
    def add(count):
        for _n in range(count):
            idea = IdeaPageFactory(
                parent=idea_index, voting_round=open_round, theme=themes["carers"]
            )
            votes(idea, open_round, 2)

    add(2)
    client.get(idea_index.url)
    with django_assert_max_num_queries(27) as few:
        client.get(idea_index.url + "?sort=votes")
    add(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(idea_index.url + "?sort=votes")
    assert len(response.context["open_ideas"]) == 12


def test_idea_page_query_count_does_not_grow(
    client, idea_index, open_round, django_assert_max_num_queries
):
    idea = IdeaPageFactory(parent=idea_index, voting_round=open_round)
    add_change(idea, "open", "Open.", days_ago=3)
    votes(idea, open_round, 2)
    client.get(idea.url)
    with django_assert_max_num_queries(22) as few:
        client.get(idea.url)
    add_change(idea, "considering", "The board will look.", days_ago=1)
    add_change(idea, "happening", "It has started.")
    votes(idea, open_round, 20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(idea.url)


def test_results_query_count_does_not_grow(
    client, idea_index, themes, django_assert_max_num_queries
):
    voting_round = VotingRoundFactory(
        index=idea_index,
        opens_at=timezone.now() - datetime.timedelta(days=40),
        closes_at=timezone.now() - datetime.timedelta(days=10),
    )
    for _n in range(2):
        IdeaPageFactory(parent=idea_index, voting_round=voting_round, theme=themes["wards"])
    url = idea_index.url + f"results/{voting_round.pk}/"
    client.get(url)
    with django_assert_max_num_queries(24) as few:
        client.get(url)
    for _n in range(10):
        IdeaPageFactory(parent=idea_index, voting_round=voting_round, theme=themes["carers"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_a_large_round_is_shown_a_page_at_a_time(client, email_round, make_idea):
    for _n in range(25):
        make_idea(email_round)
    first = client.get(email_round.index.url)
    assert len(first.context["open_ideas"]) == 20
    assert "25 ideas" in first.content.decode()
    second = client.get(email_round.index.url + "?sort=newest&page=2")
    assert len(second.context["open_ideas"]) == 5
    # The sort is kept from page to page; the page number is not repeated.
    assert second.context["filter_query"] == "sort=newest"


def test_most_votes_first_runs_across_pages(client, open_round, make_idea):
    """Each page of a large round is cut from the whole round's order, not sorted alone."""
    for number in range(25):
        votes(make_idea(open_round, title=f"Idea {number:02}"), open_round, number)
    first = client.get(open_round.index.url + "?sort=votes")
    second = client.get(open_round.index.url + "?sort=votes&page=2")
    assert [idea.title for idea in first.context["open_ideas"]][:2] == ["Idea 24", "Idea 23"]
    assert [idea.title for idea in second.context["open_ideas"]] == [
        "Idea 04",
        "Idea 03",
        "Idea 02",
        "Idea 01",
        "Idea 00",
    ]
    assert [idea.vote_total for idea in second.context["open_ideas"]] == [4, 3, 2, 1, 0]
    assert "24 votes" in first.content.decode()
