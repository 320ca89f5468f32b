"""The sprints tab: backlog of user stories, sprints, the board, its charts and the lots."""
