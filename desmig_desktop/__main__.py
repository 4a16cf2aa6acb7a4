from desmig_desktop.app import main

raise SystemExit(main())
