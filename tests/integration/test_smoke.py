from fastapi.testclient import TestClient


def test_login_page_renders(client: TestClient) -> None:
    response = client.get("/login")
    assert response.status_code == 200
    assert 'name="csrf_token"' in response.text


def test_pages_redirect_to_login_without_a_session(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/"


def test_agent_logs_in(agent_client: TestClient) -> None:
    response = agent_client.get("/", follow_redirects=False)
    assert response.headers["location"] == "/accounts"
