'use client';

import { AppLink } from '@/components/navigation/app-link';
import { useMemo, useState } from 'react';
import { usePathname } from 'next/navigation';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown, Paperclip } from 'lucide-react';
import type { PhenomListQuery } from '@/graphql/generated/graphql';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { OutcomeBadge, StatusBadge } from '@/components/phenoms/badges';
import { BulkActions, type Option } from '@/components/phenoms/bulk-actions';
import { filtersHref, type PhenomFilters, type SortColumn } from '@/lib/phenoms/filters';
import { formatOccurredAt } from '@/lib/phenoms/vocabulary';

export type PhenomRow = PhenomListQuery['phenom'][number];

// Sorting and paging happen in the database (the table may hold millions of rows), so the table only renders
// one page and turns header clicks into URL changes.
const columns: ColumnDef<PhenomRow>[] = [
  {
    id: 'title',
    header: 'Title',
    cell: ({ row }) => (
      <AppLink href={`/phenoms/${row.original.id}`} className="font-medium hover:underline">
        {row.original.title}
      </AppLink>
    ),
  },
  { id: 'occurred_at', header: 'Occurred', cell: ({ row }) => <span className="whitespace-nowrap">{formatOccurredAt(row.original.occurred_at, row.original.occurred_at_precision)}</span> },
  {
    id: 'location_name',
    header: 'Location',
    cell: ({ row }) => [row.original.location_name, row.original.country].filter(Boolean).join(', ') || <span className="text-muted-foreground">—</span>,
  },
  { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  { id: 'outcome', header: 'Outcome', cell: ({ row }) => <OutcomeBadge outcome={row.original.outcome} confidence={row.original.outcome_confidence} /> },
  {
    id: 'assignee',
    header: 'Assignee',
    cell: ({ row }) => row.original.assignee?.display_name || row.original.assignee?.email || <span className="text-muted-foreground">Unassigned</span>,
  },
  {
    id: 'media',
    header: () => <span className="sr-only">Media</span>,
    cell: ({ row }) => {
      const count = row.original.media_aggregate.aggregate?.count ?? 0;
      return count > 0 ? (
        <span className="inline-flex items-center gap-1 text-muted-foreground" title={`${count} media file(s)`}>
          <Paperclip className="size-3.5" aria-hidden />
          <span className="sr-only">Media files:</span>
          {count}
        </span>
      ) : null;
    },
  },
  { id: 'reported_at', header: 'Reported', cell: ({ row }) => <span className="whitespace-nowrap text-muted-foreground">{formatOccurredAt(row.original.reported_at, 'day')}</span> },
];

const SORTABLE = new Set<string>(['title', 'occurred_at', 'location_name', 'status', 'outcome', 'reported_at'] satisfies SortColumn[]);

/** A native checkbox: Space toggles it, Tab moves on, and its label names the row it selects. */
function SelectBox({ label, checked, indeterminate = false, onChange }: { label: string; checked: boolean; indeterminate?: boolean; onChange: (v: boolean) => void }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="size-4 accent-primary"
      checked={checked}
      ref={(el) => {
        if (el) el.indeterminate = indeterminate;
      }}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

export function PhenomTable({ rows, filters, staff = [], lists = [] }: { rows: PhenomRow[]; filters: PhenomFilters; staff?: Option[]; lists?: Option[] }) {
  const pathname = usePathname();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // Only rows on this page can be selected: a selection never acts on rows the person cannot see.
  const selected = useMemo(() => rows.filter((r) => picked.has(r.id)), [rows, picked]);
  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allOn = selected.length === rows.length && rows.length > 0;
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true, getRowId: (r) => r.id });

  return (
    <>
      {selected.length ? <BulkActions targets={selected} staff={staff} lists={lists} /> : null}
      <div className="rounded-xl border">
      <Table>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id} className="hover:bg-transparent">
              <TableHead className="w-8">
                <SelectBox
                  label="Select every phenom on this page"
                  checked={allOn}
                  indeterminate={selected.length > 0 && !allOn}
                  onChange={(on) => setPicked(new Set(on ? rows.map((r) => r.id) : []))}
                />
              </TableHead>
              {group.headers.map((header) => {
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (!SORTABLE.has(header.column.id)) return <TableHead key={header.id}>{label}</TableHead>;
                const column = header.column.id as SortColumn;
                const active = filters.sort === column;
                const nextDir = active && filters.dir === 'desc' ? 'asc' : active ? 'desc' : column === 'title' || column === 'location_name' ? 'asc' : 'desc';
                const Icon = !active ? ArrowUpDown : filters.dir === 'asc' ? ArrowUp : ArrowDown;
                return (
                  <TableHead key={header.id} aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <AppLink
                      href={filtersHref(pathname, filters, { sort: column, dir: nextDir })}
                      scroll={false}
                      className="inline-flex items-center gap-1 hover:text-foreground"
                    >
                      {label}
                      <Icon className={active ? 'size-3.5' : 'size-3.5 opacity-40'} aria-hidden />
                    </AppLink>
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id} data-state={picked.has(row.id) ? 'selected' : undefined}>
              <TableCell className="w-8">
                <SelectBox label={`Select ${row.original.title}`} checked={picked.has(row.id)} onChange={(on) => toggle(row.id, on)} />
              </TableCell>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      </div>
    </>
  );
}
