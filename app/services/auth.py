"""Accounts: argon2 password hashes, roles, login with lockout, password changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.clock import to_local, utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, AuthenticationError, NotFound, ValidationError
from app.models.auth import User, UserRole
from app.services import audit
from app.services.permissions import Actor, Cap, Role, capabilities_of, require

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")

# OWASP's argon2id profile (19 MiB, 2 passes): ~20 ms per login on an office PC, so login
# stays instant; hashes made with other parameters are upgraded at the next login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    roles: tuple[str, ...]
    is_active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def has_users() -> bool:
    return User.select().exists()


def _roles_of(user: User) -> tuple[str, ...]:
    return tuple(sorted(r.role for r in UserRole.select().where(UserRole.user == user)))


def actor_for(user: User) -> Actor:
    roles = _roles_of(user)
    return Actor(user.id, user.username, user.display_name, roles, capabilities_of(roles))


def _validate(username: str, display_name: str, password: str | None, roles: list[str]) -> None:
    if not _USERNAME.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Username: use 2–32 letters, digits, '.', '_' or '-' (for example wangli).",
            ),
            field="username",
        )
    if not display_name.strip() or len(display_name) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Name: enter the person's name (at most 40 characters)."),
            field="display_name",
        )
    if password is not None:
        _validate_password(password)
    unknown = [r for r in roles if r not in Role.ALL]
    if not roles or unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Roles: choose at least one role."), field="roles"
        )


def _validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH or len(password) > 128:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Password: use at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )


def create_user(
    actor: Actor, username: str, display_name: str, password: str, roles: list[str]
) -> UserInfo:
    require(actor, Cap.USER_MANAGE)
    return _create(actor, username.strip(), display_name.strip(), password, roles)


def create_first_admin(
    username: str, display_name: str, password: str, office_name: str | None = None
) -> UserInfo:
    """First start: the only time an account is created without a logged-in administrator.
    The office's name (printed on every receipt) is set by the new administrator in the same
    transaction: a refused name leaves no account behind."""
    from app.services import settings  # settings' audit trail needs no accounts

    with transaction():
        if has_users():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "An administrator already exists; log in instead."),
                field="username",
            )
        admin = _create(
            Actor.system(), username.strip(), display_name.strip(), password, [Role.ADMIN]
        )
        if office_name is not None and office_name.strip() != settings.get(settings.OFFICE_NAME):
            settings.set_value(
                actor_for(User.get_by_id(admin.id)), settings.OFFICE_NAME, office_name
            )
        return admin


def _create(
    actor: Actor, username: str, display_name: str, password: str, roles: list[str]
) -> UserInfo:
    _validate(username, display_name, password, roles)
    with transaction():
        if User.select().where(User.username == username).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Username: {username} is already taken."),
                field="username",
                username=username,
            )
        user = User.create(
            username=username, display_name=display_name, password_hash=_hasher.hash(password)
        )
        for role in sorted(set(roles)):
            UserRole.create(user=user, role=role)
        audit.record(
            actor,
            "user.create",
            table="app_user",
            record_id=user.id,
            after={**audit.snapshot(user), "roles": sorted(set(roles))},
        )
    return info(user)


def info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        _roles_of(user),
        user.is_active,
        user.locked_until,
        user.last_login_at,
    )


def list_users(actor: Actor) -> list[UserInfo]:
    require(actor, Cap.USER_MANAGE)
    return [info(u) for u in User.select().order_by(User.username)]


def _find(username: str) -> User:
    user = User.get_or_none(User.username == username.strip())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no user {username}."), username=username)
    return user


def authenticate(username: str, password: str, now: datetime | None = None) -> Actor:
    """Log in. Five wrong passwords lock the account for fifteen minutes."""
    now = now or utcnow()
    wrong = AuthenticationError(QT_TRANSLATE_NOOP("app", "Wrong username or password."))
    with transaction():
        user = User.get_or_none(User.username == username.strip())
        if user is None or not user.is_active:
            raise wrong
        if user.locked_until and user.locked_until > now:
            raise AuthenticationError(
                QT_TRANSLATE_NOOP(
                    "app", "This account is locked after {n} wrong passwords until {time}."
                ),
                n=MAX_FAILED_LOGINS,
                time=to_local(user.locked_until).strftime("%H:%M"),
            )
        if not _verify(user.password_hash, password):
            _record_failure(user, now)
        else:
            _record_success(user, password, now)
            return actor_for(user)
    raise wrong


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _record_failure(user: User, now: datetime) -> None:
    user.failed_logins += 1
    action = "user.login_failed"
    if user.failed_logins >= MAX_FAILED_LOGINS:
        user.locked_until = now + LOCKOUT
        user.failed_logins = 0
        action = "user.locked"
    user.save()
    audit.record(actor_for(user), action, table="app_user", record_id=user.id)


def _record_success(user: User, password: str, now: datetime) -> None:
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.save()
    audit.record(actor_for(user), "user.login", table="app_user", record_id=user.id)


def change_own_password(actor: Actor, old_password: str, new_password: str) -> None:
    user = User.get_by_id(actor.user_id)
    if not _verify(user.password_hash, old_password):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Current password: it is not correct."), field="old_password"
        )
    _set_password(actor, user, new_password)


def reset_password(actor: Actor, username: str, new_password: str) -> None:
    require(actor, Cap.USER_MANAGE)
    _set_password(actor, _find(username), new_password)


def _set_password(actor: Actor, user: User, new_password: str) -> None:
    _validate_password(new_password)
    with transaction():
        user.password_hash = _hasher.hash(new_password)
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.record(actor, "user.password", table="app_user", record_id=user.id)


def update_user(
    actor: Actor,
    username: str,
    *,
    display_name: str | None = None,
    roles: list[str] | None = None,
    is_active: bool | None = None,
) -> UserInfo:
    require(actor, Cap.USER_MANAGE)
    with transaction():
        user = _find(username)
        before = {**audit.snapshot(user), "roles": list(_roles_of(user))}
        new_roles = roles if roles is not None else list(before["roles"])
        _validate(user.username, display_name or user.display_name, None, new_roles)
        if actor.user_id == user.id and (is_active is False or Role.ADMIN not in new_roles):
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "You can't disable or demote your own account."),
                field="roles",
            )
        if display_name is not None:
            user.display_name = display_name.strip()
        if is_active is not None:
            user.is_active = is_active
        user.save()
        if roles is not None:
            UserRole.delete().where(UserRole.user == user).execute()
            for role in sorted(set(roles)):
                UserRole.create(user=user, role=role)
        after = {**audit.snapshot(user), "roles": list(_roles_of(user))}
        audit.record(
            actor, "user.update", table="app_user", record_id=user.id, before=before, after=after
        )
    return info(user)
