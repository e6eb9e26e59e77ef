package org.perftracker.server.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.server.db.Columns;

/**
 * SQL on a job's environment tree. Nodes are stored in pre-order with the position of their parent, so a tree
 * is written in one batch and read back in one query.
 */
final class EnvNodeRepository {

    /** Replaces the job's environment with these trees. */
    void replace(Handle h, long jobId, List<EnvNode> roots) {
        h.createUpdate("DELETE FROM env_node WHERE job_id = :job").bind("job", jobId).execute();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO env_node (job_id, position, parent_position, uuid, name, node_type, version, ip,
                    hostname, params, cpus, cpus_topology, ram_mb, disk_gb, links,
                    model, hw_uuid, serial_num, cpu_info, ram_info)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        int[] position = {0};
        for (EnvNode root : roots) {
            add(batch, jobId, root, null, position);
        }
        if (position[0] > 0) {
            batch.execute();
        }
    }

    private static void add(PreparedBatch b, long jobId, EnvNode node, Integer parent, int[] position) {
        int mine = position[0]++;
        b.bind(0, jobId).bind(1, mine).bind(2, parent).bind(3, node.uuid().toString()).bind(4, node.name())
                .bind(5, node.nodeType()).bind(6, node.version()).bind(7, node.ip()).bind(8, node.hostname())
                .bind(9, node.params())
                .bind(10, node.cpus().isPresent() ? Integer.valueOf(node.cpus().getAsInt()) : null)
                .bind(11, node.cpusTopology())
                .bind(12, node.ramMb().isPresent() ? Integer.valueOf(node.ramMb().getAsInt()) : null)
                .bind(13, node.diskGb().isPresent() ? Integer.valueOf(node.diskGb().getAsInt()) : null)
                .bind(14, node.links())
                .bind(15, node.machine().model()).bind(16, node.machine().hwUuid())
                .bind(17, node.machine().serialNum()).bind(18, node.machine().cpuInfo())
                .bind(19, node.machine().ramInfo())
                .add();
        for (EnvNode child : node.children()) {
            add(b, jobId, child, mine, position);
        }
    }

    /** @return the job's environment trees, roots in upload order */
    List<EnvNodeView> trees(Handle h, long jobId) {
        List<Row> rows = h.createQuery("""
                SELECT id, job_id, position, parent_position, uuid, name, node_type, version, ip, hostname, params,
                       cpus, cpus_topology, ram_mb, disk_gb, model, hw_uuid, serial_num, cpu_info, ram_info, links
                FROM env_node WHERE job_id = :job ORDER BY position""")
                .bind("job", jobId).map((rs, ctx) -> new Row(
                        new EnvNodeView(rs.getLong("id"), rs.getString("name"), rs.getString("name"),
                                rs.getString("uuid"), rs.getString("version"),
                                new EnvNodeView.NodeType(rs.getString("node_type")), rs.getString("ip"),
                                rs.getString("hostname"), rs.getString("params"), Columns.nullableInt(rs, "cpus"),
                                rs.getString("cpus_topology"), Columns.nullableInt(rs, "ram_mb"),
                                Columns.nullableInt(rs, "disk_gb"), rs.getString("model"), rs.getString("hw_uuid"),
                                rs.getString("serial_num"), rs.getString("cpu_info"), rs.getString("ram_info"),
                                rs.getString("links"), null,
                                rs.getLong("job_id"), new ArrayList<>()),
                        rs.getInt("position"), Columns.nullableInt(rs, "parent_position")))
                .list();
        Map<Integer, EnvNodeView> byPosition = new HashMap<>();
        List<EnvNodeView> roots = new ArrayList<>();
        for (Row row : rows) {
            EnvNodeView node = row.node();
            if (row.parent() == null) {
                roots.add(node);
            } else {
                EnvNodeView parent = byPosition.get(row.parent());
                node = node.withParent(parent.id());
                parent.children().add(node);
            }
            byPosition.put(row.position(), node);
        }
        return roots;
    }

    private record Row(EnvNodeView node, int position, Integer parent) {
    }

    /** @return job id → its top-level nodes, for a page of jobs in one query */
    Map<Long, List<EnvNodeView.Ref>> roots(Handle h, List<Long> jobIds) {
        Map<Long, List<EnvNodeView.Ref>> result = new LinkedHashMap<>();
        if (jobIds.isEmpty()) {
            return result;
        }
        h.createQuery("""
                SELECT job_id, id, name FROM env_node
                WHERE job_id IN (<jobs>) AND parent_position IS NULL ORDER BY job_id, position""")
                .bindList("jobs", jobIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("job_id"),
                        new EnvNodeView.Ref(rs.getString("name"), rs.getString("name"), rs.getLong("id"))))
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return result;
    }
}
