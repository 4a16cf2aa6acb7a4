"""The district's screens (`desmig-desktop --district URL`): DistrictWindow and its pages. Widgets call the
district's services only (database, intake, status, movers, recap); long work runs on ui.workers.Worker."""
