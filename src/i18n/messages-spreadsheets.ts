/**
 * Spreadsheets in and out (`import`, `export`; merged into messages.ts): what is wrong with a
 * sheet, cell by cell, and the commands' own texts. Same shape: code → { en, zh }.
 */
export const spreadsheetsUi = {
  // reading the file
  "import-encoding-unknown": {
    en: "The file is neither UTF-8 nor GBK/GB18030 (line {line}). Give its encoding with --encoding, or save it from Excel as “CSV UTF-8”.",
    zh: "文件既不是 UTF-8，也不是 GBK/GB18030（第 {line} 行）。请用 --encoding 指定编码，或在 Excel 中另存为“CSV UTF-8”。",
  },
  "import-encoding-mismatch": {
    en: "The file cannot be read as {encoding}: line {line} holds bytes that are not {encoding}. Check --encoding (utf-8, gbk, gb18030, utf-16).",
    zh: "无法按 {encoding} 读取文件：第 {line} 行含有不属于 {encoding} 的字节。请检查 --encoding（utf-8、gbk、gb18030、utf-16）。",
  },
  "import-encoding-bom": {
    en: "The file begins with a {bom} byte-order mark, but --encoding says {encoding}. Leave --encoding out.",
    zh: "文件以 {bom} 字节顺序标记开头，但 --encoding 指定为 {encoding}。请去掉 --encoding。",
  },
  "import-csv-quote": {
    en: 'A quoted field that begins on line {line} (row {row}) is never closed: a quote (") is missing.',
    zh: '第 {line} 行（第 {row} 行记录）开始的带引号字段没有结束：缺少一个引号（"）。',
  },
  "import-xlsx-invalid": {
    en: "The file is not a readable XLSX workbook ({detail}).",
    zh: "文件不是可读取的 XLSX 工作簿（{detail}）。",
  },
  "import-xls-old": {
    en: "This is an Excel 97–2003 (.xls) file, or an encrypted workbook. Open it in Excel or WPS and save it as .xlsx (Excel Workbook) or as CSV, without a password.",
    zh: "这是 Excel 97–2003（.xls）文件或加密的工作簿。请用 Excel 或 WPS 打开，另存为 .xlsx（Excel 工作簿）或 CSV，且不设密码。",
  },
  "import-file-unreadable": { en: "Cannot read {file} ({detail}).", zh: "无法读取 {file}（{detail}）。" },
  "import-map-invalid": {
    en: "The mapping file {map} has errors; nothing was imported.",
    zh: "映射文件 {map} 有错误，未导入任何内容。",
  },
  "import-map-field": { en: "{pointer}: {detail}", zh: "{pointer}：{detail}" },
  "import-file-empty": { en: "The file holds no rows.", zh: "文件中没有任何行。" },
  "import-sheet-not-found": {
    en: "No sheet named “{sheet}”; the workbook has: {sheets}.",
    zh: "没有名为“{sheet}”的工作表；工作簿中有：{sheets}。",
  },
  "import-sheet-choose": {
    en: "The workbook has several sheets ({sheets}); reading “{sheet}”, the first with known headers. Use --sheet to choose another.",
    zh: "工作簿有多个工作表（{sheets}），读取第一个含已知表头的“{sheet}”。如需其他工作表，请用 --sheet 指定。",
  },
  // the header
  "import-no-header": {
    en: "No header row found in the first 10 rows: none of its cells is a known column (such as {expected}). Add a header row, or name the columns in a mapping file (--map).",
    zh: "前 10 行中找不到表头：没有一个单元格是已知的列名（如 {expected}）。请添加表头行，或在映射文件（--map）中说明各列。",
  },
  "import-column-unknown": {
    en: "Column “{header}” is not a known field: its cells are not imported. Map it to a field, or to ignore, in a mapping file (--map).",
    zh: "列“{header}”不是已知字段，其内容不会导入。可在映射文件（--map）中把它对应到某个字段，或设为 ignore。",
  },
  "import-column-no-header": {
    en: "This column has data but no header: its cells are not imported.",
    zh: "此列有数据但没有表头，其内容不会导入。",
  },
  "import-column-twice": {
    en: "Column “{header}” fills “{field}”, which column “{first}” already fills.",
    zh: "列“{header}”对应字段“{field}”，而列“{first}”已对应该字段。",
  },
  "import-column-numbers": {
    en: "Column “{header}”: {count} cell(s) are numbers in the sheet and were read as their digits; a leading 0 would have been lost. Format the column as Text in Excel to be sure.",
    zh: "列“{header}”：有 {count} 个单元格在表中是数字，已按其数字读取；若原有前导 0 则已丢失。稳妥起见请在 Excel 中把该列设为“文本”格式。",
  },
  "import-column-missing": {
    en: "{count} row(s) need “{field}” (new entries, or entries that lack it), but the sheet has no column for it (such as “{header}”).",
    zh: "有 {count} 行需要字段“{field}”（新条目，或原条目中没有该字段），但表中没有对应的列（如“{header}”）。",
  },
  "import-no-key": {
    en: "The sheet has no column for the id (such as “{header}”): rows cannot be matched with the registry.",
    zh: "表中没有编号列（如“{header}”），无法与名录中的条目对应。",
  },
  // rows
  "import-row-no-key": { en: "The row has no “{field}”.", zh: "该行缺少“{field}”。" },
  "import-row-duplicate": {
    en: "“{id}” appears again (first in row {first}); the row is not imported.",
    zh: "“{id}”重复出现（首次在第 {first} 行），该行不导入。",
  },
  // cells
  "import-not-a-number": { en: "“{header}”: “{value}” is not a number.", zh: "“{header}”：“{value}”不是数字。" },
  "import-not-an-integer": {
    en: "“{header}”: “{value}” is not a whole number.",
    zh: "“{header}”：“{value}”不是整数。",
  },
  "import-number-lost-digits": {
    en: "“{header}”: the cell is the number {value}; Excel keeps only 15 digits, so the value may be wrong. Format the column as Text and type it again.",
    zh: "“{header}”：该单元格是数字 {value}；Excel 只保留 15 位有效数字，数值可能已不正确。请把该列设为“文本”格式后重新录入。",
  },
  "import-credit-code-number": {
    en: "“{header}”: {value} is a credit code that Excel has turned into a number; its last digits are lost and cannot be recovered. Format the column as Text and type the code again, or export the sheet again from the platform.",
    zh: "“{header}”：{value} 是被 Excel 转成数字的统一社会信用代码，末几位已丢失且无法恢复。请把该列设为“文本”格式后重新录入代码，或从平台重新导出表格。",
  },
  "import-id-number-number": {
    en: "“{header}”: {value} is an ID number that Excel has turned into a number; its last digits are lost. Format the column as Text and type it again.",
    zh: "“{header}”：{value} 是被 Excel 转成数字的身份证号，末几位已丢失。请把该列设为“文本”格式后重新录入。",
  },
  "import-date": {
    en: "“{header}”: “{value}” is not a date (write 2026-03-01, 2026/3/1 or 2026年3月1日).",
    zh: "“{header}”：“{value}”不是日期（可写作 2026-03-01、2026/3/1 或 2026年3月1日）。",
  },
  "import-date-range": {
    en: "“{header}”: “{value}” is not a period of two dates (write 2022-11-13至2027-11-12).",
    zh: "“{header}”：“{value}”不是起止日期（可写作 2022-11-13至2027-11-12）。",
  },
  "import-not-a-boolean": {
    en: "“{header}”: “{value}” is neither yes nor no (write 是 or 否).",
    zh: "“{header}”：“{value}”不是“是”或“否”。",
  },
  "import-enum": {
    en: "“{header}”: “{value}” is not one of the known values ({allowed}). A mapping file (--map) can name more.",
    zh: "“{header}”：“{value}”不是可识别的取值（{allowed}）。可在映射文件（--map）中补充对应关系。",
  },
  "import-period": {
    en: "“{header}”: “{value}” is not a period (one per line: 2026-08-06~2026-08-12 年休假).",
    zh: "“{header}”：“{value}”不是时段（每行一个，如 2026-08-06~2026-08-12 年休假）。",
  },
  "import-recusal": {
    en: "“{header}”: “{value}” is not a recusal (one per line: the object's credit code, a space, the reason).",
    zh: "“{header}”：“{value}”不是回避（每行一个：对象的统一社会信用代码、空格、理由）。",
  },
  "import-unknown-township": {
    en: "“{header}”: no township is called “{value}” in departments.yaml.",
    zh: "“{header}”：departments.yaml 中没有名为“{value}”的乡镇。",
  },
  "import-unknown-department": {
    en: "“{header}”: no department is called “{value}” in departments.yaml.",
    zh: "“{header}”：departments.yaml 中没有名为“{value}”的部门。",
  },
  "import-name-ambiguous": {
    en: "“{header}”: “{value}” could be any of {candidates}; write the id.",
    zh: "“{header}”：“{value}”可能是 {candidates} 中的任何一个，请填写编号。",
  },
  // writing
  "export-char-not-gbk": {
    en: "Line {line} holds “{char}”, which GBK cannot encode. Use the default UTF-8 (which Excel 2016 and later reads), or --encoding gb18030.",
    zh: "第 {line} 行含有 GBK 无法表示的字符“{char}”。请使用缺省的 UTF-8（Excel 2016 及以后版本可读），或 --encoding gb18030。",
  },
} satisfies Record<string, { en: string; zh: string }>;

export type SpreadsheetsMessageKey = keyof typeof spreadsheetsUi;
