"""Builds the large project of the benchmark directly with sqlite3 (bulk inserts, no undo
triggers): 5,000 needs; 40 candidates × 400 criteria × 5 evaluators; 3,000 stories over 60
sprints with their history; 5,000 test cases, 30,000 executions, 2,000 defects."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

NEEDS, DOMAINS, PEOPLE = 5_000, 50, 40
CANDIDATES, GROUPS, CRITERIA, EVALUATORS = 40, 5, 400, 5
STORIES, SPRINTS = 3_000, 60
CASES, CAMPAIGNS, DEFECTS = 5_000, 6, 2_000  # 6 campaigns × 5,000 cases = 30,000 executions
STAMP = "2026-01-05T09:00:00+00:00"
WORDS = ("compte contact affaire devis commande relance campagne ticket tableau rapport export "
         "import mobile agenda messagerie droit profil reprise doublon secteur prévisionnel").split()


def _text(r: random.Random, n: int) -> str:
    return " ".join(r.choice(WORDS) for _ in range(n))


def build(path: Path) -> None:
    from crmdesk.db.project_file import ProjectFile

    ProjectFile.create(path, "Grand projet", organisation="Benchmark SA").close()
    r = random.Random(7)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    with conn:
        conn.executemany("insert into person(id,name,role,email,organisation) values(?,?,?,?,?)",
                         [(i, f"Personne {i:02d}", "key_user", f"p{i}@exemple.fr", "Benchmark SA")
                          for i in range(1, PEOPLE + 1)])
        conn.executemany("insert into domain(id,name,parent_id,position) values(?,?,?,?)",
                         [(i, f"Domaine {i:02d}", None, i) for i in range(1, DOMAINS + 1)])
        prios, statuses = ("mandatory", "desired", "optional"), ("draft", "validated", "to_clarify")
        conn.executemany(
            "insert into need(id,ref,title,domain_id,priority,status,owner_id,source_workshop,source_date,"
            "description,rationale,acceptance_criteria,comments,created_at,updated_at) "
            "values(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(i, f"BES-{i:03d}", f"Besoin {i} {_text(r, 4)}", r.randint(1, DOMAINS), r.choice(prios),
              r.choice(statuses), r.randint(1, PEOPLE), f"Atelier {i % 12}", "2026-01-10", _text(r, 25),
              _text(r, 10), _text(r, 12), "", STAMP, STAMP) for i in range(1, NEEDS + 1)])
        # selection
        conn.executemany(
            "insert into candidate(id,name,kind,status,position,setup_cost,migration_cost,training_cost,"
            "licence_per_user_month,hosting_per_year,support_per_year) values(?,?,?,?,?,?,?,?,?,?,?)",
            [(i, f"Candidat {i:02d}", "vendor", "short_list", i, r.randint(5, 60) * 1000, 8000, 4000,
              r.randint(20, 90), 3000, 5000) for i in range(1, CANDIDATES + 1)])
        conn.executemany("insert into criterion_group(id,name,weight,position) values(?,?,?,?)",
                         [(g, f"Groupe {g}", r.randint(1, 5), g) for g in range(1, GROUPS + 1)])
        conn.executemany(
            "insert into criterion(id,group_id,name,weight,kind,knockout,need_id,position) values(?,?,?,?,?,?,?,?)",
            [(c, 1 + (c - 1) % GROUPS, f"Critère {c}", r.randint(1, 3), "scored", 0, c, c)
             for c in range(1, CRITERIA + 1)])
        conn.executemany("insert into evaluator(id,person_id,position) values(?,?,?)",
                         [(e, e, e) for e in range(1, EVALUATORS + 1)])
        conn.executemany(
            "insert into score(candidate_id,criterion_id,evaluator_id,value,comment,updated_at) values(?,?,?,?,?,?)",
            [(c, k, e, r.randint(0, 5), "", STAMP) for c in range(1, CANDIDATES + 1)
             for k in range(1, CRITERIA + 1) for e in range(1, EVALUATORS + 1)])
        # sprints
        conn.executemany("insert into lot(id,name,position) values(?,?,?)",
                         [(i, f"Lot {i}", i) for i in (1, 2, 3)])
        start = date(2024, 1, 8)
        conn.executemany(
            "insert into sprint(id,number,name,goal,start_date,length_days,capacity_points,status,closed_at,velocity) "
            "values(?,?,?,?,?,?,?,?,?,?)",
            [(s, s, f"Sprint {s}", "", (start + timedelta(days=21 * (s - 1))).isoformat(), 21, 50,
              "closed" if s < SPRINTS else "active",
              (start + timedelta(days=21 * s)).isoformat() + "T17:00:00+00:00" if s < SPRINTS else None,
              40.0 if s < SPRINTS else None) for s in range(1, SPRINTS + 1)])
        columns = [row[0] for row in conn.execute("select id from board_column order by position")]
        stories, history, links = [], [], []
        for i in range(1, STORIES + 1):
            sprint = 1 + (i - 1) % SPRINTS
            day0 = start + timedelta(days=21 * (sprint - 1))
            column = columns[-1] if sprint < SPRINTS else r.choice(columns)
            stories.append((i, f"US-{i:03d}", f"Story {i} {_text(r, 4)}", "commercial", _text(r, 6), _text(r, 6),
                            "configuration", r.choice((1, 2, 3, 5, 8)), 1 + i % 3, sprint, column,
                            r.randint(1, PEOPLE), "", float(i), STAMP, STAMP))
            for n, col in enumerate(columns[: columns.index(column) + 1]):
                at = f"{(day0 + timedelta(days=2 + 4 * n)).isoformat()}T10:00:00+00:00"
                history.append((i, "column", "" if n == 0 else str(columns[n - 1]), str(col), at))
            history.append((i, "sprint", "", str(sprint), f"{day0.isoformat()}T09:00:00+00:00"))
            links.append((i, 1 + (i * 7) % NEEDS))
        conn.executemany(
            "insert into story(id,ref,title,as_a,i_want,so_that,kind,points,lot_id,sprint_id,column_id,assignee_id,"
            "acceptance_criteria,rank,created_at,updated_at) values(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", stories)
        conn.executemany("insert into status_change(story_id,field,old_value,new_value,changed_at) values(?,?,?,?,?)",
                         history)
        conn.executemany("insert into story_need(story_id,need_id) values(?,?)", links)
        # acceptance
        conn.executemany(
            "insert into test_case(id,ref,title,preconditions,priority,status,position,created_at,updated_at) "
            "values(?,?,?,?,?,?,?,?,?)",
            [(i, f"CT-{i:03d}", f"Cas {i} {_text(r, 4)}", _text(r, 6), r.choice(("high", "medium", "low")), "ready",
              i, STAMP, STAMP) for i in range(1, CASES + 1)])
        case_steps = {i: [(_text(r, 6), _text(r, 6)) for _ in range(3)] for i in range(1, CASES + 1)}
        conn.executemany("insert into test_step(test_case_id,position,action,expected) values(?,?,?,?)",
                         [(i, n, action, expected) for i, steps in case_steps.items()
                          for n, (action, expected) in enumerate(steps, start=1)])
        conn.executemany("insert into test_case_need(test_case_id,need_id) values(?,?)",
                         [(i, i) for i in range(1, CASES + 1)])
        kinds = ("pre_acceptance", "vabf", "preproduction", "vsr", "non_regression", "preproduction")
        conn.executemany(
            "insert into campaign(id,name,kind,status,start_date,end_date,exit_mandatory_passed_pct,"
            "exit_max_blocking,exit_max_major,created_at) values(?,?,?,?,?,?,?,?,?,?)",
            [(c, f"Campagne {c}", kinds[c - 1], "closed" if c < CAMPAIGNS else "running", "2026-02-01",
              "2026-02-20", 100, 0, 3, STAMP) for c in range(1, CAMPAIGNS + 1)])
        # each campaign keeps its copy of the case's steps, as adding a case to a campaign does
        snapshots = {i: json.dumps([[a, e] for a, e in steps], ensure_ascii=False)  # as steps_to_json
                     for i, steps in case_steps.items()}
        conn.executemany(
            "insert into campaign_case(id,campaign_id,test_case_id,ref,title,preconditions,priority,steps_json,"
            "need_refs,tester_id,position,added_at) values(?,?,?,?,?,?,?,?,?,?,?,?)",
            [((c - 1) * CASES + i, c, i, f"CT-{i:03d}", f"Cas {i}", "", "high", snapshots[i], f"BES-{i:03d}",
              r.randint(1, PEOPLE), i, STAMP) for c in range(1, CAMPAIGNS + 1) for i in range(1, CASES + 1)])
        results = ("passed", "passed", "passed", "failed", "blocked", "not_run")
        conn.executemany(
            "insert into execution(id,campaign_case_id,attempt,result,actual_result,comment,tester_id,executed_at) "
            "values(?,?,?,?,?,?,?,?)",
            [(n, n, 1, r.choice(results), "", "", r.randint(1, PEOPLE), f"2026-02-{1 + n % 19:02d}T11:00:00+00:00")
             for n in range(1, CAMPAIGNS * CASES + 1)])
        severities, dstatus = ("blocking", "major", "minor"), ("new", "in_correction", "to_retest", "closed")
        conn.executemany(
            "insert into defect(id,ref,title,description,severity,status,test_case_id,need_id,vendor_ticket,"
            "created_at,updated_at) values(?,?,?,?,?,?,?,?,?,?,?)",
            [(d, f"ANO-{d:03d}", f"Anomalie {d}", _text(r, 10), r.choice(severities), r.choice(dstatus), d, d, "",
              STAMP, STAMP) for d in range(1, DEFECTS + 1)])
        conn.executemany("insert into defect_change(defect_id,field,old_value,new_value,changed_at) values(?,?,?,?,?)",
                         [(d, "status", "", "new", STAMP) for d in range(1, DEFECTS + 1)])
        conn.executemany("insert or replace into ref_counter(kind,last) values(?,?)",
                         [("BES", NEEDS), ("US", STORIES), ("CT", CASES), ("ANO", DEFECTS)])
    conn.close()
