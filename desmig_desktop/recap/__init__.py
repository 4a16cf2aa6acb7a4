"""Rekap — the period recap for Disnaker, assembled from the registry's counts and every pillar's section,
rendered to Excel and PDF (rendering never queries)."""
