from crmdesk.cli import main

raise SystemExit(main())
