"""Usaha Produktif screens: production groups, members, trainings, aid, production, sales, profit sharing."""

GROUPS = "groups"  # announced on the change bus after a save on the Usaha Produktif page
