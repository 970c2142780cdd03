"""What the report tests read off extracted events: who plays which part, whose codes, and the events of one type."""


def roles(event):
    """(code, role) of each coded actor of an event."""
    return {(a.code, a.role) for a in event.actors if a.code}


def codes(event, role=None):
    """The codes of an event's actors, of one role or of all."""
    return {code for code, r in roles(event) if role is None or r == role}


def of_type(events, type_):
    return [e for e in events if e.type == type_]
