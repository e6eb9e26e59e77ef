-- A new server has one project, as the reference server does, so that uploads work out of the box.
INSERT INTO project (name, description, nav_order, visible)
SELECT 'Default project', 'Default PerfTracker project', 100, TRUE
WHERE NOT EXISTS (SELECT 1 FROM project);
