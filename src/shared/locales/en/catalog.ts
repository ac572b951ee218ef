/** The `catalog` namespace (en): why a catalog file is refused. Keys must match ja. */
export const catalog = {
  unreadable: 'Cannot read the catalog {{path}}: {{why}}. Give the path of a catalog JSON file.',
  why: {
    noFile: 'there is no such file',
    denied: 'it cannot be read (permission denied)',
    folder: 'it is a folder',
    tooBig: 'it is larger than 1 MB, far more than a catalog',
  },
  notJson:
    'The catalog {{source}} is not JSON ({{why}}). Check the file, or run without --catalog to use the built-in one.',
  json: {
    near: 'a mistake near character {{position}}',
    ended: 'it ends too early',
    unexpected: 'an unexpected character {{char}}',
    broken: 'it is not written as JSON',
  },
  invalid: 'The catalog {{source}} is not valid:\n{{lines}}',
  more: '  …and {{count}} more',
  wholeFile: '(the whole file)',
  recommendedBelowMin: 'recommended must be at least min',
} as const;
