package org.perftracker.server.page;

/**
 * The paging controls under a list: where the rows shown sit among all matching rows, and links to the
 * neighbouring pages. A link is empty when there is nowhere to go.
 *
 * <p>Example: page 3 of a list of 1,234 rows, 50 a page: "101–150 of 1,234", page 3 of 25.
 *
 * @param firstRow the number of the first row shown, from 1; 0 when nothing is shown
 * @param lastRow the number of the last row shown
 * @param rows the number of matching rows
 */
public record Pager(long firstRow, long lastRow, long rows, int page, int pages, String firstHref, String prevHref,
        String nextHref, String lastHref) {

    public static Pager of(ListState state, long rows, int shown) {
        int pages = (int) Math.max(1, (rows + state.size() - 1) / state.size());
        int page = state.page();
        long first = shown == 0 ? 0 : state.offset() + 1L;
        long last = shown == 0 ? 0 : state.offset() + (long) shown;
        return new Pager(first, last, rows, page, pages,
                page > 1 ? state.hrefForPage(1) : "",
                page > 1 ? state.hrefForPage(Math.min(page - 1, pages)) : "",
                page < pages ? state.hrefForPage(page + 1) : "",
                page < pages ? state.hrefForPage(pages) : "");
    }

    /** @return e.g. {@code 101–150 of 1,234}, or {@code 0 of 1,234} past the last page */
    public String summary() {
        if (lastRow == 0) {
            return "0 of " + Formats.count(rows);
        }
        return Formats.count(firstRow) + "–" + Formats.count(lastRow) + " of " + Formats.count(rows);
    }

    /** @return whether the list has more than one page */
    public boolean isPaged() {
        return pages > 1 || page > 1;
    }
}
