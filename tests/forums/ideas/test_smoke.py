def test_pages_render(client, idea_index, open_round, make_idea):
    idea = make_idea(open_round)
    assert client.get(idea_index.url).status_code == 200
    assert client.get(idea.url).status_code == 200
    assert client.get(idea_index.url + "suggest/").status_code == 200
    assert client.get(idea_index.url + f"results/{open_round.pk}/").status_code == 200
