"""The servers, started once for the whole run (`make fault-test`, `make load-test`)."""

import pytest

from .servers import MailServer, Postgres, Redis, Site


@pytest.fixture(scope="session")
def postgres():
    server = Postgres()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def redis():
    server = Redis()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def mail():
    server = MailServer()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def site(postgres, redis, mail):
    server = Site(postgres, redis, mail)
    yield server
    server.remove()


@pytest.fixture(autouse=True)
def mail_accepts_everyone(mail):
    mail.refuses = lambda address: False
