"""Usaha Produktif screens: production groups, members, trainings, aid, production, sales, profit sharing."""
