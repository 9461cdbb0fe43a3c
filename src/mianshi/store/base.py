from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base of every table; each area's tables live in `tables/<area>.py`."""
