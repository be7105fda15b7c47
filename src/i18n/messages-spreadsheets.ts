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
  // the commands
  "import-registry-broken": {
    en: "{files} has {errors} error(s) that make merging unsafe; run `checkonce validate` and fix them first. Nothing was imported.",
    zh: "{files} 有 {errors} 个错误，无法安全合并；请先运行 checkonce validate 并改正。未导入任何内容。",
  },
  "import-summary": {
    en: "{file} ({sheet}): {new} new, {changed} changed, {unchanged} unchanged, {absent} absent from the sheet, {rejected} rejected; {outside} entries of other townships or departments not compared.",
    zh: "{file}（{sheet}）：新增 {new}，变更 {changed}，未变 {unchanged}，表中缺少 {absent}，拒绝 {rejected}；其他乡镇或部门的 {outside} 条未比较。",
  },
  "import-line-new": { en: "  new      {id} (row {row}) {name}", zh: "  新增  {id}（第 {row} 行）{name}" },
  "import-line-changed": {
    en: "  changed  {id} (row {row}) {field}: {from} → {to}",
    zh: "  变更  {id}（第 {row} 行）{field}：{from} → {to}",
  },
  "import-line-absent": {
    en: "  absent   {id} ({file}): kept; --remove-missing removes it",
    zh: "  缺少  {id}（{file}）：保留；如需删除请加 --remove-missing",
  },
  "import-line-removed": { en: "  removed  {id} ({file})", zh: "  删除  {id}（{file}）" },
  "import-more": {
    en: "  … and {count} more (--format json lists all).",
    zh: "  ……另有 {count} 条（--format json 可列出全部）。",
  },
  "import-dry-run": { en: "--dry-run: nothing was written.", zh: "--dry-run：未写入任何内容。" },
  "import-nothing-changed": {
    en: "The registry already says all this: nothing to write.",
    zh: "名录已与表格一致，无需写入。",
  },
  "import-written": {
    en: "Wrote {files}. Next: `checkonce validate`, then commit the workspace.",
    zh: "已写入 {files}。下一步：运行 checkonce validate，然后提交工作区。",
  },
  "import-rejected-written": {
    en: "{count} rejected row(s), with what is wrong in each, are in {file}: correct them there and import that file.",
    zh: "被拒绝的 {count} 行及其问题已写入 {file}：请在该文件中改正后再导入。",
  },
  "import-not-written": {
    en: "Nothing was written: {errors} error(s) in {rows} row(s). Correct them, or --skip-invalid to import the valid rows and write the others to a file for correction.",
    zh: "未写入任何内容：{rows} 行中有 {errors} 个错误。请改正，或使用 --skip-invalid 导入有效的行，其余行写入单独文件待改正。",
  },
  "import-problems-column": { en: "Problems", zh: "问题" },
  "import-progress": { en: "Reading rows {done}/{total}…", zh: "正在读取第 {done}/{total} 行…" },
  "export-not-available": {
    en: "Nothing to export as “{kind}” yet: that part of the tool does not exist in this version.",
    zh: "暂无可导出的“{kind}”：本版本尚无此功能。",
  },
  "export-stdout-csv": {
    en: "Only a UTF-8 CSV can go to standard output (-o -); give a file for XLSX or GBK.",
    zh: "只有 UTF-8 的 CSV 可以输出到标准输出（-o -）；XLSX 或 GBK 请指定文件。",
  },
  "export-exists": {
    en: "{file} already exists; add --force to replace it, or -o to choose another file.",
    zh: "{file} 已存在；如需替换请加 --force，或用 -o 指定其他文件。",
  },
  "export-written": {
    en: "Wrote {file}: {rows} row(s) in {sheets} sheet(s).",
    zh: "已写入 {file}：{sheets} 个工作表，共 {rows} 行。",
  },
  "export-needs-record": {
    en: "export draw needs a record: a campaign id or the path of a draw record.",
    zh: "export draw 需要指定抽取记录：工作方案编号或抽取记录文件路径。",
  },
  "help-cmd-import": {
    en: "merge a sheet (XLSX or CSV) into the objects, inspectors or departments registry, by id",
    zh: "把表格（XLSX 或 CSV）按编号合并到检查对象、执法检查人员或部门名录",
  },
  "help-arg-import-kind": { en: "objects, inspectors or departments", zh: "objects、inspectors 或 departments" },
  "help-arg-import-file": { en: "the XLSX or CSV file", zh: "XLSX 或 CSV 文件" },
  "help-opt-sheet": {
    en: "the sheet to read (default: the first with known headers)",
    zh: "要读取的工作表（缺省：第一个含已知表头的工作表）",
  },
  "help-opt-map": {
    en: "a mapping file (YAML) naming more columns and values",
    zh: "映射文件（YAML），补充表头和取值的对应",
  },
  "help-opt-encoding-import": {
    en: "the CSV's encoding: utf-8, gbk, gb18030, utf-16 (default: detected)",
    zh: "CSV 的编码：utf-8、gbk、gb18030、utf-16（缺省：自动识别）",
  },
  "help-opt-dry-run": { en: "show what would change; write nothing", zh: "只显示将要发生的变化，不写入" },
  "help-opt-skip-invalid": {
    en: "import the valid rows; write the rejected ones to <file>.rejected.csv",
    zh: "导入有效的行，被拒绝的行写入 <文件名>.rejected.csv",
  },
  "help-opt-remove-missing": {
    en: "delete entries (of the sheet's townships or departments) that the sheet does not list",
    zh: "删除表中没有列出的条目（仅限表中涉及的乡镇或部门）",
  },
  "help-opt-format-import": { en: "report format: text (default) or json", zh: "报告格式：text（缺省）或 json" },
  "help-cmd-export": {
    en: "write objects, inspectors, departments, items or a draw as an Excel workbook or CSV",
    zh: "把检查对象、执法人员、部门、事项或抽取结果导出为 Excel 工作簿或 CSV",
  },
  "help-arg-export-kind": {
    en: "objects, inspectors, departments, items, draw (or results)",
    zh: "objects、inspectors、departments、items、draw（或 results）",
  },
  "help-arg-export-record": {
    en: "for draw: a campaign id or a record's path",
    zh: "draw 时：工作方案编号或抽取记录路径",
  },
  "help-opt-format-export": { en: "xlsx (default) or csv", zh: "xlsx（缺省）或 csv" },
  "help-opt-encoding-export": {
    en: "CSV encoding: utf-8 with a BOM (default), gbk for older Excel, gb18030",
    zh: "CSV 编码：带 BOM 的 utf-8（缺省）、gbk（较早版本的 Excel）、gb18030",
  },
  "help-opt-out-export": {
    en: "file to write (default: <kind>.<format> in the current folder; - for standard output)",
    zh: "输出文件（缺省：当前文件夹下的 <类别>.<格式>；- 表示标准输出）",
  },
  "help-opt-force-export": { en: "replace an existing file", zh: "替换已有文件" },
  // writing
  "export-char-not-gbk": {
    en: "Line {line} holds “{char}”, which GBK cannot encode. Use the default UTF-8 (which Excel 2016 and later reads), or --encoding gb18030.",
    zh: "第 {line} 行含有 GBK 无法表示的字符“{char}”。请使用缺省的 UTF-8（Excel 2016 及以后版本可读），或 --encoding gb18030。",
  },
} satisfies Record<string, { en: string; zh: string }>;

export type SpreadsheetsMessageKey = keyof typeof spreadsheetsUi;
