"""The servers, started once for the whole run (`make fault-test`, `make load-test`,
`make several-servers-test`), and a second site for the tests of several servers."""

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


@pytest.fixture(scope="module")
def second_site(site, postgres, redis, mail):
    """Another `make serve` on the same database and Redis, behind the same address: a load
    balancer's second server."""
    server = Site(postgres, redis, mail, load_demo=False, public_address=site.address)
    yield server
    server.remove()


@pytest.fixture(autouse=True)
def mail_accepts_everyone(mail):
    mail.refuses = lambda address: False
