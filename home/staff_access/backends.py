"""django-axes' backend, for sign-ins over the web only."""

from axes.backends import AxesBackend


class SignInLockoutBackend(AxesBackend):
    """Refuses a locked-out sign-in. A check of a password made without a request (a test's
    `client.login`, a shell) is no sign-in from an address: it is left to the next backend
    rather than refused with an error, as django-axes' own backend does. Its `get_user` is
    Django's (the ModelBackend in AxesBackend), as `force_login` takes the first backend."""

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
