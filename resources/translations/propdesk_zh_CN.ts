<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutTab</name>
    <message>
        <source>PropDesk version</source>
        <translation>PropDesk 版本</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Office id</source>
        <translation>服务中心编号</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>SQLite version</source>
        <translation>SQLite 版本</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Improvement action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>(the service as a whole)</source>
        <translation>（整体服务）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>AffairsPage</name>
    <message>
        <source>Mail and parcels</source>
        <translation>邮件收发</translation>
    </message>
    <message>
        <source>Visitors and receptions</source>
        <translation>访客与接待</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>社区文化活动</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>费用报销</translation>
    </message>
    <message>
        <source>Staff appraisal</source>
        <translation>岗位考核</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Renovation application</source>
        <translation>装修申请</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Contractor's phone</source>
        <translation>施工单位电话</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>施工负责人</translation>
    </message>
    <message>
        <source>Workers (one per line)</source>
        <translation>施工人员（每行一人）</translation>
    </message>
    <message>
        <source>Scope of works</source>
        <translation>装修内容</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
</context>
<context>
    <name>AppraisalTab</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>记录数据</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The month's appraisals</source>
        <translation>本月考核表</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>总分：{total}</translation>
    </message>
    <message>
        <source>Export appraisals</source>
        <translation>导出岗位考核</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve the renovation</source>
        <translation>批准装修</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置房</translation>
    </message>
    <message>
        <source>Move-out permits</source>
        <translation>放行条</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Reminder &amp;notices</source>
        <translation>催缴通知单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Record reminder…</source>
        <translation>登记催缴(&amp;R)…</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>≤30 days</source>
        <translation>≤30天</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90天</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180天</translation>
    </message>
    <message>
        <source>&gt;180 days</source>
        <translation>&gt;180天</translation>
    </message>
    <message>
        <source>Oldest period</source>
        <translation>最早欠费月</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>最近催缴</translation>
    </message>
    <message>
        <source>{n} units owe {total}: ≤30 days {a}, 31–90 days {b}, 91–180 days {c}, &gt;180 days {d}</source>
        <translation>{n} 户欠费，合计 {total}：≤30天 {a}，31–90天 {b}，91–180天 {c}，&gt;180天 {d}</translation>
    </message>
    <message>
        <source>Reminder notices</source>
        <translation>催缴通知单</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign {name} to units</source>
        <translation>将“{name}”批量分配到房屋</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit types</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>房屋状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Description of the next file (optional)</source>
        <translation>下一个文件的说明（选填）</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>The stored copy of {file} is missing from this PC.</source>
        <translation>本机上找不到 {file} 的存档副本。</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Number or code, e.g. SJ2026000123, 3-2-1502</source>
        <translation>单号或编码，如 SJ2026000123、3-2-1502</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋数</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主数</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据数</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>最后收据号</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>大小（MB）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder: &lt;a href="{url}"&gt;{folder}&lt;/a&gt;</source>
        <translation>备份文件夹：&lt;a href="{url}"&gt;{folder}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>请先选择一个备份。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored; the previous file was kept as {path}. PropDesk now restarts so that every page shows the restored data.</source>
        <translation>备份已恢复，原数据库文件已保留为 {path}。物业客服台现在重新启动，以便所有页面显示恢复后的数据。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore it? Everything entered after {when} will no longer be in the database. The current file is kept beside it, unchanged.</source>
        <translation>确定恢复吗？{when} 之后录入的所有内容将不在数据库中。当前数据库文件会原样保留在旁边。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Counter</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
</context>
<context>
    <name>BillsTab</name>
    <message>
        <source>&amp;Generate this month's bills</source>
        <translation>生成本月账单(&amp;G)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Generating the bills of {period}…</source>
        <translation>正在生成 {period} 的账单…</translation>
    </message>
    <message>
        <source>Generating bills…</source>
        <translation>正在生成账单…</translation>
    </message>
    <message>
        <source>Nothing new: the bills of {period} were already generated ({n} charges).</source>
        <translation>没有新账单：{period} 的账单已经生成（共 {n} 笔费用）。</translation>
    </message>
    <message>
        <source>{period}: {n} new charges, total {total}; {m} were already there.</source>
        <translation>{period}：新生成 {n} 笔费用，合计 {total}；另有 {m} 笔此前已生成。</translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
    <message>
        <source>Book</source>
        <translation>本号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>First</source>
        <translation>起号</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>止号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>领入日期</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一号码</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>缴销日期</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>领入(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>领用(&amp;I)…</translation>
    </message>
    <message>
        <source>Book &amp;back</source>
        <translation>交回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Return &amp;unused</source>
        <translation>退回未用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>缴销(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Invoice books</source>
        <translation>发票本</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>领用日期</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>交回日期</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record that book {code} came back?</source>
        <translation>登记发票本 {code} 已交回？</translation>
    </message>
    <message>
        <source>Return every unused number of book {code} to the issuer?</source>
        <translation>将发票本 {code} 所有未用号码退回税务机关？</translation>
    </message>
    <message>
        <source>Write off book {code} (缴销)?</source>
        <translation>缴销发票本 {code}？</translation>
    </message>
    <message>
        <source>Delete book {code}?</source>
        <translation>删除发票本 {code}？</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Starts the unit codes, e.g. 3 for 3-2-1201</source>
        <translation>房号的第一段，如 3-2-1201 中的 3</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>楼栋名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Floors above ground</source>
        <translation>地上层数(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ChargesDialog</name>
    <message>
        <source>Charges to the owner</source>
        <translation>向业主收费</translation>
    </message>
    <message>
        <source>Labour (yuan)</source>
        <translation>人工费（元）</translation>
    </message>
    <message>
        <source>Materials (yuan)</source>
        <translation>材料费（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>&amp;Save the problem list…</source>
        <translation>保存问题清单(&amp;S)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Checking every row of {file}…</source>
        <translation>正在逐行检查 {file}…</translation>
    </message>
    <message>
        <source>No problems found. Press Import to take the file in.</source>
        <translation>未发现问题。点“导入”即可导入该文件。</translation>
    </message>
    <message>
        <source>{n} problems found; nothing has been imported. Correct them in Excel, save the file, then press Check again (or Back to choose another file).</source>
        <translation>发现 {n} 个问题，尚未导入任何数据。请在 Excel 中改正并保存文件，然后点“重新检查”（或点“上一步”另选文件）。</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>检查已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>{file} - problems.xlsx</source>
        <translation>{file} - 问题清单.xlsx</translation>
    </message>
    <message>
        <source>Save the problem list</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Saving the problem list…</source>
        <translation>正在保存问题清单…</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the Excel file</source>
        <translation>选择 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;Save the template…</source>
        <translation>保存导入模板(&amp;S)…</translation>
    </message>
    <message>
        <source>The .xlsx file to import</source>
        <translation>要导入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>File to import:</source>
        <translation>导入文件：</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>The template could not be saved: {error}</source>
        <translation>无法保存导入模板：{error}</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>New expense claim</source>
        <translation>新建报销单</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>报销人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>报销日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>单据张数</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>报销明细</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <source>Classify the complaint</source>
        <translation>投诉定性</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close the incident</source>
        <translation>事件结案</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>预防措施</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect the deposit and fees</source>
        <translation>收取押金及费用</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>New community</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Short code, e.g. YG</source>
        <translation>简短编码，如 YG</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>小区名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>上报总公司</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>&amp;Register a complaint…</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation>定性…</translation>
    </message>
    <message>
        <source>Handling note…</source>
        <translation>处理记录…</translation>
    </message>
    <message>
        <source>Feedback to owner…</source>
        <translation>反馈业主…</translation>
    </message>
    <message>
        <source>Reported to head office…</source>
        <translation>已上报总公司…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation>上报逾期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Choose a complaint first.</source>
        <translation>请先选择一条投诉。</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Feedback to the owner</source>
        <translation>反馈业主</translation>
    </message>
    <message>
        <source>What the owner was told</source>
        <translation>告知业主的内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reported to head office</source>
        <translation>已上报总公司</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>投诉结案</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <source>Pay</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未缴金额</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Collect and print receipt</source>
        <translation>收款并打印收据(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>减免(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Pay ahead</source>
        <translation>预交</translation>
    </message>
    <message>
        <source>Prepay amount</source>
        <translation>预存金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无业主）</translation>
    </message>
    <message>
        <source>{code} · {owners} · owes {owed} · prepaid {credit}</source>
        <translation>{code} · {owners} · 欠费 {owed} · 预存 {credit}</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>应收：{amount}</translation>
    </message>
    <message>
        <source>In words: {words}</source>
        <translation>大写：{words}</translation>
    </message>
    <message>
        <source>Change: {amount}</source>
        <translation>找零：{amount}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Receipts today</source>
        <translation>今日收据</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>今日实收</translation>
    </message>
    <message>
        <source>Arrears due</source>
        <translation>到期欠费</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>{n} to upload</source>
        <translation>{n} 条待上传</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>打开列表</translation>
    </message>
    <message>
        <source>A new office. First &lt;a href='archive:units'&gt;set up the estate, its buildings and units&lt;/a&gt;, or &lt;a href='archive:owners'&gt;import the whole archive from Excel&lt;/a&gt; (units and owners at once); then &lt;a href='billing:fee_items'&gt;set the fee items&lt;/a&gt;.</source>
        <translation>这是一个新的服务中心。第一步：&lt;a href='archive:units'&gt;建立小区、楼栋和房屋&lt;/a&gt;，或&lt;a href='archive:owners'&gt;从 Excel 导入全部档案&lt;/a&gt;（房屋和业主一次导入）；然后&lt;a href='billing:fee_items'&gt;设置收费项目&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>This month's collection rate</source>
        <translation>本月收缴率</translation>
    </message>
    <message>
        <source>Complaints due today / overdue</source>
        <translation>今日到期 / 逾期投诉</translation>
    </message>
    <message>
        <source>Repairs awaiting a return visit</source>
        <translation>待回访报修</translation>
    </message>
    <message>
        <source>Low-stock items</source>
        <translation>低库存物料</translation>
    </message>
    <message>
        <source>Invoice books running out</source>
        <translation>即将用完的发票本</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Today is {date}</source>
        <translation>今天是 {date}</translation>
    </message>
    <message>
        <source>Collection rate, last 12 months (%)</source>
        <translation>近12个月收缴率（%）</translation>
    </message>
    <message>
        <source>Complaints this month by category</source>
        <translation>本月投诉类别</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>DayCloseTab</name>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>作废人</translation>
    </message>
    <message>
        <source>&amp;Print day sheet</source>
        <translation>打印日结单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>日结(&amp;C)</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>By fee item</source>
        <translation>按收费项目</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>{n} receipts, net {net}</source>
        <translation>{n} 张收据，净额 {net}</translation>
    </message>
    <message>
        <source>Day closed · {text}</source>
        <translation>已日结 · {text}</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>日结单</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Close your day {date}? No more receipts can be issued on it.</source>
        <translation>确定对 {date} 日结吗？日结后当天不能再开收据。</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New document: {kind}</source>
        <translation>新建{kind}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>领用部门</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领料人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修单</translation>
    </message>
    <message>
        <source>Optional: the open repair order the materials are for</source>
        <translation>可选：材料所用于的未关闭维修单</translation>
    </message>
    <message>
        <source>Optional: an open repair order</source>
        <translation>可选：未关闭的维修单</translation>
    </message>
    <message>
        <source>Type or scan an item code or barcode, Enter</source>
        <translation>输入或扫描物料编码/条码，回车</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加物料</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Save and &amp;post</source>
        <translation>保存并过账(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Number, supplier, department, recipient, purpose or repair order</source>
        <translation>单号、供应商、部门、领料人、用途或维修单</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部单据</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>仅草稿</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>领用部门</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领料人</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reversed by</source>
        <translation>冲销单</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>New stock &amp;in…</source>
        <translation>新建入库单(&amp;I)…</translation>
    </message>
    <message>
        <source>New stock &amp;out…</source>
        <translation>新建出库单(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>过账(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>红冲(&amp;R)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Stock documents</source>
        <translation>出入库单据</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft document?</source>
        <translation>删除这张草稿单据？</translation>
    </message>
    <message>
        <source>Reverse {number}</source>
        <translation>红冲 {number}</translation>
    </message>
    <message>
        <source>Why is it reversed? (printed on the reversing document)</source>
        <translation>红冲原因（打印在冲销单上）：</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>EditSpaceDialog</name>
    <message>
        <source>Space {code}</source>
        <translation>车位 {code}</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>使用中(&amp;U)</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Space {code}: change the end</source>
        <translation>车位 {code}：续期/终止</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>EndNoticeDialog</name>
    <message>
        <source>End the vacancy notice of {unit}</source>
        <translation>结束 {unit} 的空置申请</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>空置起始日</translation>
    </message>
    <message>
        <source>&amp;Last vacant day</source>
        <translation>空置截止日(&amp;L)</translation>
    </message>
</context>
<context>
    <name>EntranceDialog</name>
    <message>
        <source>New entrance</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Middle part of the unit codes, e.g. 2 for 3-2-1201</source>
        <translation>房号的中间一段，如 3-2-1201 中的 2</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>单元名称(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>列入计划(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Held…</source>
        <translation>活动总结(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>取消(&amp;C)…</translation>
    </message>
    <message>
        <source>P&amp;hotos…</source>
        <translation>活动照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Year &amp;report…</source>
        <translation>年度报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>社区文化活动</translation>
    </message>
    <message>
        <source>{held} of {planned} planned events held, {cancelled} cancelled; {participants} participants; spent {spent} of a budget of {budget}.</source>
        <translation>计划 {planned} 场，已举办 {held} 场，取消 {cancelled} 场；参与 {participants} 人次；预算 {budget}，已支出 {spent}。</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Photos of the event</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>Community events {year}</source>
        <translation>{year}年社区文化活动</translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <source>Claimant or number</source>
        <translation>报销人或编号</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>报销人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>费用报销</translation>
    </message>
    <message>
        <source>Paid in month</source>
        <translation>当月已付</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>新建报销(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Paid…</source>
        <translation>付款(&amp;P)…</translation>
    </message>
    <message>
        <source>Scanned &amp;bills…</source>
        <translation>单据扫描件(&amp;B)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <source>Return the claim</source>
        <translation>退回报销单</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Pay the claim</source>
        <translation>报销付款</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Scanned bills</source>
        <translation>单据扫描件</translation>
    </message>
    <message>
        <source>Expense claim {number}</source>
        <translation>报销单 {number}</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>{file} could not be written: {error}. If it is open in Excel, close it and export again, or choose another file name.</source>
        <translation>无法写入 {file}：{error}。如果该文件正在 Excel 中打开，请先关闭再导出，或换一个文件名。</translation>
    </message>
    <message>
        <source>Exporting {name} to Excel…</source>
        <translation>正在导出{name}到 Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Writes every row that matches the filter to an Excel file</source>
        <translation>把符合当前筛选条件的全部记录导出为 Excel 文件</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>{rows} rows were written to {file}.</source>
        <translation>已导出 {rows} 行到 {file}。</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>New fee item</source>
        <translation>新建收费项目</translation>
    </message>
    <message>
        <source>Vacant units with a written notice pay the reduced rate</source>
        <translation>空置房凭业主书面申请享受空置优惠</translation>
    </message>
    <message>
        <source>Late-payment charge may accrue</source>
        <translation>逾期可计收违约金</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit of price</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>FeeSetupTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>现行单价</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新建收费项目(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;price…</source>
        <translation>调整单价(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Assign to units…</source>
        <translation>批量分配到房屋(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>{hint} ({reason})</source>
        <translation>{hint}（{reason}）</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>PropDesk — first start</source>
        <translation>物业客服台 — 首次启动</translation>
    </message>
    <message>
        <source>This office database has no accounts yet. Create the administrator, who then adds the other staff.</source>
        <translation>本服务中心的数据库还没有账号。请先创建系统管理员，再由管理员添加其他员工。</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt and report</source>
        <translation>印在每张收据和每份报表的抬头</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>服务中心名称(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>确认密码：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Move-in of {unit}</source>
        <translation>{unit} 入伙交接</translation>
    </message>
    <message>
        <source>Correct handover form {number}</source>
        <translation>更正入伙交接单 {number}</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction</source>
        <translation>更正原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>业主(&amp;O)</translation>
    </message>
    <message>
        <source>Handover &amp;date</source>
        <translation>交房日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keys handed over</source>
        <translation>移交钥匙数(&amp;K)</translation>
    </message>
    <message>
        <source>Key &amp;notes</source>
        <translation>钥匙说明(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 2 door keys, 1 mailbox key</source>
        <translation>如 入户门钥匙2把、信箱钥匙1把</translation>
    </message>
    <message>
        <source>&amp;Water meter (m³)</source>
        <translation>水表读数 m³(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Electricity meter (kWh)</source>
        <translation>电表读数 度(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Gas meter (m³)</source>
        <translation>燃气表读数 m³(&amp;G)</translation>
    </message>
    <message>
        <source>Another document signed</source>
        <translation>其他已签文件</translation>
    </message>
    <message>
        <source>Documents &amp;signed</source>
        <translation>已签文件(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print the handover form after saving</source>
        <translation>保存后打印入伙交接单(&amp;P)</translation>
    </message>
    <message>
        <source>Optional, e.g. 1234.56</source>
        <translation>选填，如 1234.56</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Print handover form</source>
        <translation>打印入伙交接单</translation>
    </message>
    <message>
        <source>Already handed over</source>
        <translation>已入伙</translation>
    </message>
    <message>
        <source>This unit was handed over on {date} (form {number}). Print its handover form again, or correct a mistake on it with a correction form?</source>
        <translation>该房屋已于 {date} 入伙（交接单 {number}）。重新打印交接单，还是开更正单更正其中的错误？</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>重新打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Shift {number}: hand over</source>
        <translation>班次 {number}：交班</translation>
    </message>
    <message>
        <source>Takings recorded</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Event held</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>实际支出（元）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>活动总结</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Working day (调休)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>如 春节</translation>
    </message>
    <message>
        <source>&amp;Add / change</source>
        <translation>添加/修改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>No schedule for {year} yet: deadlines count only weekends and the fixed holidays. Enter the State Council's notice here.</source>
        <translation>尚未录入 {year} 年的节假日安排：期限只按周末和固定节日计算。请在此录入国务院发布的安排。</translation>
    </message>
    <message>
        <source>The schedule for {year} is known.</source>
        <translation>{year} 年的节假日安排已录入。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>文件已导入。</translation>
    </message>
    <message>
        <source>Nothing was imported: the records changed since the check. The problems are listed below; correct the file and import it again.</source>
        <translation>未导入任何数据：检查之后系统中的记录有了变化。问题列在下面，请改正文件后重新导入。</translation>
    </message>
    <message>
        <source>The import stopped; nothing was imported.</source>
        <translation>导入中止，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import the archive from Excel</source>
        <translation>从 Excel 导入档案</translation>
    </message>
    <message>
        <source>The workbook has one sheet each for units (房屋), owners (业主), residents (住户) and vehicles (车辆); red headers are required, and every header has a note that says what to write. Start from the template: its example rows show the format.

The whole file is checked first and every problem is listed at once, with its sheet, row and column. Nothing is imported unless every row is right.</source>
        <translation>工作簿包含房屋、业主、住户、车辆四个工作表；红色表头为必填列，每个表头都有批注说明填写要求。请从导入模板开始填写，模板中的示例行就是格式样例。

系统先检查整个文件，一次列出全部问题，并注明工作表、行和列。只有每一行都正确时才会导入。</translation>
    </message>
    <message>
        <source>archive import template.xlsx</source>
        <translation>档案导入模板.xlsx</translation>
    </message>
    <message>
        <source>Rows in sheet {sheet}</source>
        <translation>工作表“{sheet}”行数</translation>
    </message>
    <message>
        <source>Owners linked to units</source>
        <translation>业主与房屋的产权关系</translation>
    </message>
    <message>
        <source>New entrances</source>
        <translation>新增单元</translation>
    </message>
    <message>
        <source>Import payments from Excel</source>
        <translation>从 Excel 导入缴费</translation>
    </message>
    <message>
        <source>One row per bank, WeChat or Alipay payment: unit, amount, method, date and the transaction reference. Each payment settles the unit's oldest open charges and gets a numbered receipt; what is left over becomes prepaid credit. A reference that was already taken in is refused, so the same money is never taken twice.

The whole file is checked first and every problem is listed at once, with its row and column. Nothing is taken in unless every row is right.</source>
        <translation>每笔银行、微信或支付宝到账占一行：房号、金额、支付方式、日期和交易流水号。每笔款项按账期从早到晚冲抵该房屋的欠费，并开具带编号的收据；多出的部分记为预存款。已经导入过的交易流水号会被拒绝，同一笔钱不会重复入账。

系统先检查整个文件，一次列出全部问题，并注明行和列。只有每一行都正确时才会导入。</translation>
    </message>
    <message>
        <source>payment import template.xlsx</source>
        <translation>缴费导入模板.xlsx</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>文件行数</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费笔数</translation>
    </message>
    <message>
        <source>Units paying</source>
        <translation>缴费房屋数</translation>
    </message>
    <message>
        <source>Total amount (yuan)</source>
        <translation>合计金额（元）</translation>
    </message>
    <message>
        <source>Charges paid in full</source>
        <translation>全额结清的费用</translation>
    </message>
    <message>
        <source>Charges paid in part</source>
        <translation>部分支付的费用</translation>
    </message>
    <message>
        <source>Payments leaving prepaid credit</source>
        <translation>产生预存款的缴费</translation>
    </message>
    <message>
        <source>Prepaid credit (yuan)</source>
        <translation>预存款（元）</translation>
    </message>
    <message>
        <source>Import meter readings from Excel</source>
        <translation>从 Excel 导入抄表读数</translation>
    </message>
    <message>
        <source>One row per meter and month: unit, fee item (水费, 电费), month and the reading. Usage is this reading minus last month's; a reading below the last one is refused unless the row says the meter was changed (换表). A month already billed from its readings can't take a different reading.

The whole file is checked first and every problem is listed at once, with its row and column. Nothing is imported unless every row is right.</source>
        <translation>每块表每月一行：房号、收费项目（水费、电费）、月份和读数。用量 = 本次读数 − 上月读数；读数低于上次读数时，除非该行注明已换表（换表），否则拒绝。已按读数出账的月份不能再改成别的读数。

先检查整个文件，一次列出所有问题及其行号和列。只有每一行都正确才会导入。</translation>
    </message>
    <message>
        <source>meter reading import template.xlsx</source>
        <translation>抄表导入模板.xlsx</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Meter changes</source>
        <translation>换表</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record an incident</source>
        <translation>登记紧急事件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Unit (if any)</source>
        <translation>房号（如有）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>上报期限</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>&amp;Record an incident…</source>
        <translation>登记事件(&amp;R)…</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>添加处置…</translation>
    </message>
    <message>
        <source>Reported to head office…</source>
        <translation>已上报总公司…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>Choose an incident first.</source>
        <translation>请先选择一个事件。</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Reported to head office</source>
        <translation>已上报总公司</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>紧急事件报告</translation>
    </message>
</context>
<context>
    <name>IncomingTab</name>
    <message>
        <source>Tracking number tail, addressee or unit</source>
        <translation>单号尾号、收件人或房号</translation>
    </message>
    <message>
        <source>Waiting only</source>
        <translation>只看待领取</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>收件登记(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Notify…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Pick up…</source>
        <translation>领取(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>Mail received</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <source>Return mail</source>
        <translation>退回邮件</translation>
    </message>
    <message>
        <source>Why is it returned?</source>
        <translation>退回原因：</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspection of {unit}</source>
        <translation>{unit} 空置巡查</translation>
    </message>
    <message>
        <source>Inspection &amp;date</source>
        <translation>巡查日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>巡查人(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>巡查情况(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. doors and windows intact, no leaks</source>
        <translation>如 门窗完好，无渗漏</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up (damage, leak, intrusion)</source>
        <translation>需要跟进（损坏、渗漏、闯入）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>照片(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>Violation (empty: none)</source>
        <translation>违规事项（无则留空）</translation>
    </message>
    <message>
        <source>Put right by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>InvoiceUseDialog</name>
    <message>
        <source>Shift {number}: invoices used</source>
        <translation>班次 {number}：发票使用</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>本号</translation>
    </message>
    <message>
        <source>{code} · {value} yuan · next {next}</source>
        <translation>{code} · {value} 元 · 下一号 {next}</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始号码</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>终止号码</translation>
    </message>
    <message>
        <source>Voided numbers</source>
        <translation>作废号码</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
</context>
<context>
    <name>IssueBookDialog</name>
    <message>
        <source>Issue book {code}</source>
        <translation>领用发票本 {code}</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>领用日期</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>修改物料</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新建物料</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Minimum quantity</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Maximum quantity</source>
        <translation>最高库存</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Scan the barcode on the package, or leave empty</source>
        <translation>扫描包装上的条码，或留空</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>Code, barcode, name, specification or category</source>
        <translation>编码、条码、名称、规格或类别</translation>
    </message>
    <message>
        <source>Only items in use</source>
        <translation>仅在用物料</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均单价</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新建物料(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Suppliers…</source>
        <translation>供应商(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>物料标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Print labels with barcodes for the selected items (all shown when none)</source>
        <translation>为选中的物料打印条码标签（未选中时为列表中全部物料）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Item labels</source>
        <translation>物料标签</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PropDesk — log in</source>
        <translation>物业客服台 — 登录</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <source>Low-stock items</source>
        <translation>低库存物料</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>建议采购</translation>
    </message>
</context>
<context>
    <name>LowStockTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>建议采购量</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>&amp;Draft a purchase…</source>
        <translation>生成采购草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>A stock-in draft with the suggested quantities of the selected items (all when none is selected), priced at their average cost</source>
        <translation>按建议采购量为选中的物料（未选中时为全部）生成入库单草稿，单价取平均单价</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <source>{n} items are under their minimum; the suggested order brings each up to its maximum.</source>
        <translation>{n} 种物料低于最低库存；建议采购量补足到最高库存。</translation>
    </message>
    <message>
        <source>No item is under its minimum.</source>
        <translation>没有低于最低库存的物料。</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Received</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <source>Waiting by age</source>
        <translation>待领取（按天数）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发件登记</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PropDesk — {office}</source>
        <translation>物业客服台 — {office}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Sync to head office: details on the 同步 page</source>
        <translation>与总部同步：详情见“同步”页</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Materials used</source>
        <translation>领用材料</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Quantity used</source>
        <translation>领用数量</translation>
    </message>
</context>
<context>
    <name>MoveOutResidentDialog</name>
    <message>
        <source>{name} moves out</source>
        <translation>{name} 迁出</translation>
    </message>
    <message>
        <source>Moved &amp;out on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New notice</source>
        <translation>新建公告</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>公告模板</translation>
    </message>
    <message>
        <source>&amp;Fill in the text</source>
        <translation>生成正文(&amp;F)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>公告模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Posted at now</source>
        <translation>当前张贴位置</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>张贴位置</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>张贴人</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>&amp;New notice…</source>
        <translation>新建公告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;osted at…</source>
        <translation>张贴登记(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Taken down</source>
        <translation>撤下(&amp;T)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Where the chosen notice was posted</source>
        <translation>所选公告的张贴记录</translation>
    </message>
    <message>
        <source>Notice {number}</source>
        <translation>公告 {number}</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Notify the addressee</source>
        <translation>通知收件人</translation>
    </message>
    <message>
        <source>&amp;Copy and mark notified</source>
        <translation>复制并标记已通知(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>OutgoingTab</name>
    <message>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发件登记(&amp;S)…</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>发件登记</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>New owner</source>
        <translation>新建业主</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>业主类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名/名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Owner &amp;since</source>
        <translation>产权起始日(&amp;S)</translation>
    </message>
    <message>
        <source>New owner of {unit}</source>
        <translation>新建 {unit} 的业主</translation>
    </message>
    <message>
        <source>Enter a mobile number (13812345678) or a landline with its area code (0755-12345678).</source>
        <translation>请输入手机号（13812345678）或带区号的固定电话（0755-12345678）。</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Phone &amp;2</source>
        <translation>电话2(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Emergency contact</source>
        <translation>紧急联系人(&amp;E)</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone</source>
        <translation>紧急联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>A credit code has 18 characters: digits and capital letters.</source>
        <translation>统一社会信用代码为 18 位，由数字和大写字母组成。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; the last may be X.</source>
        <translation>居民身份证号码为 18 位，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>Edit owner {name}</source>
        <translation>修改业主 {name}</translation>
    </message>
</context>
<context>
    <name>OwnersTab</name>
    <message>
        <source>Name, pinyin or initials, e.g. 张 / zs</source>
        <translation>姓名、拼音或首字母，如 张 / zs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>&amp;New owner…</source>
        <translation>新建业主(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>导入档案(&amp;I)…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
</context>
<context>
    <name>ParkingPage</name>
    <message>
        <source>Spaces</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Temporary parking</source>
        <translation>临停/班次</translation>
    </message>
    <message>
        <source>Invoice books</source>
        <translation>发票本</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password of {user}</source>
        <translation>重设 {user} 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>确认新密码(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat new password: the two passwords differ.</source>
        <translation>确认新密码：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>PermitDialog</name>
    <message>
        <source>Move-out permit for {unit}</source>
        <translation>{unit} 放行条</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>申请人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Enter a mobile number (13812345678) or a landline with its area code (0755-12345678).</source>
        <translation>请输入手机号（13812345678）或带区号的固定电话（0755-12345678）。</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>放行物品(&amp;I)</translation>
    </message>
    <message>
        <source>What leaves the estate, e.g. one sofa, two boxes</source>
        <translation>搬出的物品，如 沙发一套、纸箱两个</translation>
    </message>
    <message>
        <source>&amp;Vehicle plate</source>
        <translation>车牌号(&amp;V)</translation>
    </message>
    <message>
        <source>Enter a plate such as 粤B12345, or leave it empty for a hand cart.</source>
        <translation>请输入车牌号，如 粤B12345；手推车搬运可不填。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Planned &amp;date</source>
        <translation>计划搬出日期(&amp;D)</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Manager's &amp;override reason</source>
        <translation>经理特批理由(&amp;O)</translation>
    </message>
    <message>
        <source>Why the goods may leave although fees are owed</source>
        <translation>在欠费情况下仍准予放行的原因</translation>
    </message>
    <message>
        <source>Only a manager can issue a permit while fees are owed. Collect the fees first, or ask the manager to override.</source>
        <translation>欠费期间只有经理可以开具放行条。请先收清费用，或请经理特批。</translation>
    </message>
    <message>
        <source>Print move-out permit</source>
        <translation>打印放行条</translation>
    </message>
</context>
<context>
    <name>PermitsTab</name>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已出门</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>All permits</source>
        <translation>全部放行条</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owed at issue</source>
        <translation>开具时欠费</translation>
    </message>
    <message>
        <source>Override by</source>
        <translation>特批人</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>开具人</translation>
    </message>
    <message>
        <source>Goods &amp;left (gate)…</source>
        <translation>登记出门(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Cancel permit…</source>
        <translation>作废放行条(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>重新打印(&amp;P)…</translation>
    </message>
    <message>
        <source>{n} permits</source>
        <translation>共 {n} 张</translation>
    </message>
    <message>
        <source>Goods left</source>
        <translation>登记出门</translation>
    </message>
    <message>
        <source>Record that the goods of permit {number} have left through the gate? This can't be undone.</source>
        <translation>确认放行条 {number} 的物品已从门岗放行出门？此操作不能撤销。</translation>
    </message>
    <message>
        <source>Cancel permit</source>
        <translation>作废放行条</translation>
    </message>
    <message>
        <source>Why is permit {number} cancelled?</source>
        <translation>放行条 {number} 作废的原因：</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Pick up mail</source>
        <translation>领取邮件</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan an event</source>
        <translation>列入年度计划</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Notice posted</source>
        <translation>公告张贴</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>张贴位置</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>New price for {name}</source>
        <translation>调整“{name}”的单价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>上次读数</translation>
    </message>
    <message>
        <source>This reading</source>
        <translation>本次读数</translation>
    </message>
    <message>
        <source>Meter changed</source>
        <translation>换表</translation>
    </message>
    <message>
        <source>New meter's first reading</source>
        <translation>新表起数</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Save readings</source>
        <translation>保存读数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>There is no fee item read from a meter yet.</source>
        <translation>还没有按表计费的收费项目。</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>已出账</translation>
    </message>
    <message>
        <source>Not a reading</source>
        <translation>不是有效读数</translation>
    </message>
    <message>
        <source>Below the last reading: tick Meter changed if it was replaced</source>
        <translation>低于上次读数：如已换表，请勾选“换表”</translation>
    </message>
    <message>
        <source>{typed} of {total} meters read</source>
        <translation>已抄 {typed} / {total} 块表</translation>
    </message>
    <message>
        <source>{n} saved</source>
        <translation>已保存 {n} 条</translation>
    </message>
</context>
<context>
    <name>ReceiptPrintSettingsDialog</name>
    <message>
        <source>Receipt printing</source>
        <translation>收据打印设置</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>3 copies: stub, payer, accounts</source>
        <translation>三联：存根、客户、记账</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>一联</translation>
    </message>
    <message>
        <source>Print the data only, on pre-printed forms</source>
        <translation>套打：只打印数据（用于预印收据）</translation>
    </message>
    <message>
        <source>Negative values move to the left.</source>
        <translation>负数向左移。</translation>
    </message>
    <message>
        <source>Negative values move up.</source>
        <translation>负数向上移。</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Paper &amp;size</source>
        <translation>纸张尺寸(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>联数(&amp;C)</translation>
    </message>
    <message>
        <source>Move &amp;right by</source>
        <translation>向右偏移(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;down by</source>
        <translation>向下偏移(&amp;D)</translation>
    </message>
    <message>
        <source>These settings belong to this computer and printer.</source>
        <translation>这些设置只对本电脑的这台打印机有效。</translation>
    </message>
    <message>
        <source>241 × 93 mm (continuous form)</source>
        <translation>241 × 93 毫米（连续纸）</translation>
    </message>
    <message>
        <source>241 × 140 mm (continuous form)</source>
        <translation>241 × 140 毫米（连续纸）</translation>
    </message>
    <message>
        <source>210 × 99 mm (a third of A4)</source>
        <translation>210 × 99 毫米（A4 三等分）</translation>
    </message>
    <message>
        <source>A5, landscape (210 × 148 mm)</source>
        <translation>A5 横向（210 × 148 毫米）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <source>Receipt number or unit</source>
        <translation>收据号或房号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>VOID: {r}</source>
        <translation>作废：{r}</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>&amp;Print / reprint…</source>
        <translation>打印/补打(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;payments…</source>
        <translation>导入缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>Reason for voiding (printed on every copy):</source>
        <translation>作废原因（将打印在每一联上）：</translation>
    </message>
</context>
<context>
    <name>ReceiveBookDialog</name>
    <message>
        <source>Receive an invoice book</source>
        <translation>领入发票本</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票种类</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Book code</source>
        <translation>本号</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始号码</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>终止号码</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>领入日期</translation>
    </message>
</context>
<context>
    <name>ReceiveMailDialog</name>
    <message>
        <source>Receive mail</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Empty: the unit's owner</source>
        <translation>留空则为该房业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <source>Schedule a reception</source>
        <translation>安排来宾接待</translation>
    </message>
    <message>
        <source>Guests from</source>
        <translation>来宾单位</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>来宾人数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
</context>
<context>
    <name>ReceptionsTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Guests from</source>
        <translation>来宾单位</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>来宾人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>接待准备清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>安排接待(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Finished…</source>
        <translation>接待完成(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>取消(&amp;C)…</translation>
    </message>
    <message>
        <source>Reception finished</source>
        <translation>接待完成</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>接待小结：</translation>
    </message>
    <message>
        <source>Cancel reception</source>
        <translation>取消接待</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Prepaid balance: {amount}</source>
        <translation>预存余额：{amount}</translation>
    </message>
    <message>
        <source>Paid back by</source>
        <translation>退款方式</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Book</source>
        <translation>本号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码段</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>领入日期</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation>本月使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>缴销日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;Excel…</source>
        <translation>保存Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>{books} books · used {used} · void {void} · returned {returned} · remaining {remaining}</source>
        <translation>{books} 本 · 已使用 {used} · 作废 {void} · 退回 {returned} · 结存 {remaining}</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>保存登记簿</translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation>发票领用登记簿</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Record reminder</source>
        <translation>登记催缴</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>RemoveVehicleDialog</name>
    <message>
        <source>Remove vehicle {plate}</source>
        <translation>移除车辆 {plate}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RenovationsTab</name>
    <message>
        <source>Unit or number</source>
        <translation>房号或编号</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规事项</translation>
    </message>
    <message>
        <source>Put right by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Put right</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>&amp;Application…</source>
        <translation>装修申请(&amp;A)…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>批准(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>不予批准(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Collect…</source>
        <translation>收费(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue &amp;permit</source>
        <translation>发放许可证(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint permit…</source>
        <translation>打印许可证(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Inspection…</source>
        <translation>巡查登记(&amp;I)…</translation>
    </message>
    <message>
        <source>Put righ&amp;t</source>
        <translation>已整改(&amp;T)</translation>
    </message>
    <message>
        <source>Acc&amp;eptance…</source>
        <translation>竣工验收(&amp;E)…</translation>
    </message>
    <message>
        <source>Settle &amp;deposit…</source>
        <translation>押金结算(&amp;D)…</translation>
    </message>
    <message>
        <source>Print sett&amp;lement…</source>
        <translation>打印结算单(&amp;L)…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Completion acceptance</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <source>Acceptance note:</source>
        <translation>验收意见：</translation>
    </message>
    <message>
        <source>Renovation {number}</source>
        <translation>装修 {number}</translation>
    </message>
</context>
<context>
    <name>RentDialog</name>
    <message>
        <source>Space {code}: new rental</source>
        <translation>车位 {code}：新租用</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>月单价</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Register a repair</source>
        <translation>登记报修</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>In warranty: the developer pays</source>
        <translation>质保期内：由开发商承担</translation>
    </message>
    <message>
        <source> (until {date})</source>
        <translation>（至 {date}）</translation>
    </message>
    <message>
        <source>Out of warranty: the owner pays</source>
        <translation>已过质保期：由业主付费</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Register a repair…</source>
        <translation>登记报修(&amp;R)…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Materials…</source>
        <translation>领料…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <source>Charges…</source>
        <translation>收费…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Work order…</source>
        <translation>派工单…</translation>
    </message>
    <message>
        <source>Material: {name} × {qty} {uom}, {amount} yuan ({doc})</source>
        <translation>材料：{name} × {qty} {uom}，{amount} 元（{doc}）</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Choose a repair first.</source>
        <translation>请先选择一张报修单。</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修情况</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>反月结</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>{month} is closed ({when}, {who}); the report shows the figures stored at the close.</source>
        <translation>{month} 已月结（{when}，{who}）；报表显示月结时存档的数据。</translation>
    </message>
    <message>
        <source>{month} is open.</source>
        <translation>{month} 未月结。</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月报…</translation>
    </message>
    <message>
        <source>Monthly report {month}</source>
        <translation>月报 {month}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Close {month}? Its bills, receipts and stock documents are locked and the report's figures are stored.</source>
        <translation>月结 {month}？该月的账单、收据和出入库单据将被锁定，并存档报表数据。</translation>
    </message>
    <message>
        <source>Why is {month} reopened? (kept in the audit log)</source>
        <translation>为什么反月结 {month}？（记入审计日志）</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Stock ledger (opening, in, out, closing per item for a month)</source>
        <translation>进销存汇总表（按月，每种物料的期初、入库、出库、结存）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF or Excel…</source>
        <translation>保存为 PDF 或 Excel(&amp;S)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Item card (one item's movements with the running balance)</source>
        <translation>物料明细账（单个物料的收发及结存）</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>预览(&amp;W)…</translation>
    </message>
    <message>
        <source>Save as PDF or E&amp;xcel…</source>
        <translation>保存为 PDF 或 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Stock ledger {month}</source>
        <translation>进销存汇总表 {month}</translation>
    </message>
    <message>
        <source>Item card {item}</source>
        <translation>物料明细账 {item}</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New resident</source>
        <translation>新建住户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>住户类别(&amp;R)</translation>
    </message>
    <message>
        <source>Role in &amp;family</source>
        <translation>家庭关系(&amp;F)</translation>
    </message>
    <message>
        <source>Lease &amp;start</source>
        <translation>租期开始(&amp;S)</translation>
    </message>
    <message>
        <source>Lease &amp;end</source>
        <translation>租期结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Enter a mobile number (13812345678) or a landline with its area code (0755-12345678).</source>
        <translation>请输入手机号（13812345678）或带区号的固定电话（0755-12345678）。</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; the last may be X.</source>
        <translation>居民身份证号码为 18 位，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>&amp;Moved in</source>
        <translation>入住日期(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Edit resident {name}</source>
        <translation>修改住户 {name}</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Enter answers</source>
        <translation>录入答卷</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New survey round</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search units, owners, phones, plates (Ctrl+F)</source>
        <translation>搜索房号、业主、电话、车牌（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Send mail</source>
        <translation>发件登记</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Sender's unit</source>
        <translation>寄件人房号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Postage (yuan)</source>
        <translation>邮费（元）</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>The holiday schedule of {years} is not known to this program: deadlines count only weekends and the fixed holidays. Enter the State Council's schedule under System → Holidays.</source>
        <translation>本程序尚无 {years} 年的节假日安排：期限只按周末和固定节日计算。请在 系统 → 节假日 中录入国务院公布的安排。</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>By the days after handover</source>
        <translation>按交房后天数折算</translation>
    </message>
    <message>
        <source>The whole month</source>
        <translation>整月计收</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收取</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>不收取</translation>
    </message>
    <message>
        <source>1–28; applies to bills generated from now on</source>
        <translation>1–28；对此后生成的账单生效</translation>
    </message>
    <message>
        <source>0–100, e.g. 70</source>
        <translation>0–100，如 70</translation>
    </message>
    <message>
        <source>0–60 months</source>
        <translation>0–60 个月</translation>
    </message>
    <message>
        <source>e.g. 0.0005 (0.05 % a day)</source>
        <translation>如 0.0005（每日万分之五）</translation>
    </message>
    <message>
        <source>1–3650 days</source>
        <translation>1–3650 天</translation>
    </message>
    <message>
        <source>0–1200 months</source>
        <translation>0–1200 个月</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>{n} settings saved.</source>
        <translation>已保存 {n} 项设置。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>新的界面语言在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Settle the deposit</source>
        <translation>装修押金结算</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已交押金</translation>
    </message>
    <message>
        <source>Deducted for</source>
        <translation>扣款事由</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Add a deduction</source>
        <translation>添加扣款(&amp;A)</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款明细</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>退款方式</translation>
    </message>
</context>
<context>
    <name>ShiftsTab</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Invoice value</source>
        <translation>发票面额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>开班(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Vehicle…</source>
        <translation>单车(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Summary…</source>
        <translation>汇总(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Invoices used…</source>
        <translation>发票使用(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>交班(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Print report</source>
        <translation>打印报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tariff…</source>
        <translation>收费标准(&amp;T)…</translation>
    </message>
    <message>
        <source>Parking shifts</source>
        <translation>停车班次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长(分)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>本号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>First</source>
        <translation>起号</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>止号</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>No temporary-parking tariff yet: enter one with Tariff…</source>
        <translation>尚无临停收费标准：请用“收费标准…”录入。</translation>
    </message>
    <message>
        <source>Tariff in force: {name} — {free} minutes free, {hour} yuan per started hour</source>
        <translation>现行收费标准：{name} — {free} 分钟内免费，每小时 {hour} 元（不足1小时按1小时）</translation>
    </message>
    <message>
        <source>night {start}–{end} {price} yuan per hour</source>
        <translation>夜间 {start}–{end} 每小时 {price} 元</translation>
    </message>
    <message>
        <source>at most {cap} yuan per 24 hours</source>
        <translation>每24小时最高 {cap} 元</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>交班报表</translation>
    </message>
</context>
<context>
    <name>SpaceDialog</name>
    <message>
        <source>New parking space</source>
        <translation>新建车位</translation>
    </message>
    <message>
        <source>Space code</source>
        <translation>车位编号</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit (owned spaces)</source>
        <translation>房号（产权车位）</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SpacesTab</name>
    <message>
        <source>Space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>&amp;New space…</source>
        <translation>新建车位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rent…</source>
        <translation>租用(&amp;R)…</translation>
    </message>
    <message>
        <source>Renew / &amp;end…</source>
        <translation>续期/终止(&amp;E)…</translation>
    </message>
    <message>
        <source>Parking spaces</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Rentals ending within {days} days: {n}</source>
        <translation>{days} 天内到期的车位租用：{n} 个</translation>
    </message>
    <message>
        <source>{type} (out of use)</source>
        <translation>{type}（停用）</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Items</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>出入库单</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>StocktakeTab</name>
    <message>
        <source>&amp;Start a count…</source>
        <translation>开始盘点(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport count sheet…</source>
        <translation>导出盘点表(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import count sheet…</source>
        <translation>导入盘点表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Cancel the count…</source>
        <translation>取消盘点(&amp;C)…</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>录入盘点数</translation>
    </message>
    <message>
        <source>Differences (surplus / shortage)</source>
        <translation>盘点差异（盘盈/盘亏）</translation>
    </message>
    <message>
        <source>Scan a barcode or type an item code, then Enter</source>
        <translation>扫描条码或输入物料编码，回车</translation>
    </message>
    <message>
        <source>Counted quantity, Enter</source>
        <translation>实盘数量，回车</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>物料：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>实盘：</translation>
    </message>
    <message>
        <source>Filter: code, name or location</source>
        <translation>筛选：编码、名称或库位</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>仅未盘</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未盘</translation>
    </message>
    <message>
        <source>Book (frozen)</source>
        <translation>账面（冻结）</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>其后变动</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Surplus (+) / shortage (−)</source>
        <translation>盘盈(+)/盘亏(−)</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均单价</translation>
    </message>
    <message>
        <source>Difference value</source>
        <translation>差异金额</translation>
    </message>
    <message>
        <source>Difference &amp;report…</source>
        <translation>差异表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Post adjustments…</source>
        <translation>过账调整(&amp;P)…</translation>
    </message>
    <message>
        <source>Posting a stocktake needs the manager</source>
        <translation>盘点过账需要经理权限</translation>
    </message>
    <message>
        <source>Surplus {gain}   Shortage {loss}   Not counted: {n} items</source>
        <translation>盘盈 {gain}　盘亏 {loss}　未盘 {n} 项</translation>
    </message>
    <message>
        <source>Stocktake differences {number}</source>
        <translation>盘点差异表 {number}</translation>
    </message>
    <message>
        <source>Post stocktake</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>Post stocktake {number}: surplus {gain}, shortage {loss}; {n} items not counted stay as they are. Posting is final.</source>
        <translation>过账盘点单 {number}：盘盈 {gain}，盘亏 {loss}；{n} 项未盘的物料不作调整。过账后不可更改。</translation>
    </message>
    <message>
        <source>(every item)</source>
        <translation>（全部物料）</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Book quantities are frozen now. Count which items?</source>
        <translation>现在冻结账面数量。盘点哪些物料？</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Cancel stocktake {number}? Its counts are kept but nothing is adjusted.</source>
        <translation>取消盘点单 {number}？已录入的盘点数保留，但不作任何调整。</translation>
    </message>
    <message>
        <source>Count sheet {number}</source>
        <translation>盘点表 {number}</translation>
    </message>
    <message>
        <source>Import count sheet</source>
        <translation>导入盘点表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Count sheet imported</source>
        <translation>盘点表已导入</translation>
    </message>
    <message>
        <source>{n} counts were taken from {file}.</source>
        <translation>已从 {file} 读入 {n} 条盘点数。</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>No count is open. Start one to freeze the book quantities and count.</source>
        <translation>当前没有进行中的盘点。开始盘点将冻结账面数量。</translation>
    </message>
    <message>
        <source>Stocktake {number} of {date}, started by {who}{category}: {done} of {total} items counted.</source>
        <translation>盘点单 {number}（{date}，{who} 发起{category}）：已盘 {done} / {total} 项。</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Shift {number}: summary entry</source>
        <translation>班次 {number}：汇总录入</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Edit supplier</source>
        <translation>修改供应商</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>SuppliersDialog</name>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;New supplier…</source>
        <translation>新建供应商(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Valid answers</source>
        <translation>有效答案</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>问卷数</translation>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation>新建问卷…</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>新建调查…</translation>
    </message>
    <message>
        <source>Enter answers…</source>
        <translation>录入答卷…</translation>
    </message>
    <message>
        <source>Blank answer sheet…</source>
        <translation>空白答卷表…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>导入答卷…</translation>
    </message>
    <message>
        <source>Improvement action…</source>
        <translation>改进措施…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>{n} questionnaires; satisfaction {rate} ({satisfied} of {valid} valid answers); {actions} improvement actions</source>
        <translation>问卷 {n} 份；满意率 {rate}（有效答案 {valid} 个中满意 {satisfied} 个）；改进措施 {actions} 项</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Choose a survey round first.</source>
        <translation>请先选择一次调查。</translation>
    </message>
    <message>
        <source>Blank answer sheet</source>
        <translation>空白答卷表</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <source>Survey analysis</source>
        <translation>调查分析报告</translation>
    </message>
</context>
<context>
    <name>SyncConfigureDialog</name>
    <message>
        <source>Configure sync to head office</source>
        <translation>配置与总部同步</translation>
    </message>
    <message>
        <source>Head office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>办公室代码</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>as head office printed it</source>
        <translation>按总部打印的令牌填写</translation>
    </message>
    <message>
        <source>Preparing the first upload (all existing records)…</source>
        <translation>正在准备首次上传（全部现有记录）…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>办公室代码</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Confirmed by head office up to</source>
        <translation>总部已确认至序号</translation>
    </message>
    <message>
        <source>Last successful upload</source>
        <translation>上次成功上传</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近问题</translation>
    </message>
    <message>
        <source>Sync to head office</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>配置(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Resume after the problem is solved</source>
        <translation>问题解决后恢复同步(&amp;R)</translation>
    </message>
    <message>
        <source>Send &amp;everything again…</source>
        <translation>重新上传全部(&amp;E)…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更数</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>封包时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Batches sent (newest first)</source>
        <translation>已发送批次（最新在前）</translation>
    </message>
    <message>
        <source> (oldest {age})</source>
        <translation>（最早 {age}）</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>（未配置）</translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation>重新上传全部</translation>
    </message>
    <message>
        <source>Head office set aside what it held of this office and waits for everything this database holds. Prepare all records for upload now?</source>
        <translation>总部已将本处原有的数据移到一旁，正等待本数据库的全部数据。现在准备上传全部记录吗？</translation>
    </message>
    <message>
        <source>Preparing every record for upload…</source>
        <translation>正在准备上传全部记录…</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>New parking tariff</source>
        <translation>新建临停收费标准</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Free minutes</source>
        <translation>免费分钟数</translation>
    </message>
    <message>
        <source>Price per started hour</source>
        <translation>每小时单价（不足1小时按1小时）</translation>
    </message>
    <message>
        <source>Night from (HH:MM)</source>
        <translation>夜间开始（时:分）</translation>
    </message>
    <message>
        <source>Night until (HH:MM)</source>
        <translation>夜间结束（时:分）</translation>
    </message>
    <message>
        <source>Night price per hour</source>
        <translation>夜间每小时单价</translation>
    </message>
    <message>
        <source>Cap per 24 hours</source>
        <translation>每24小时封顶</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New questionnaire</source>
        <translation>新建问卷</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案形式</translation>
    </message>
    <message>
        <source>Satisfied / fairly satisfied / dissatisfied</source>
        <translation>满意 / 基本满意 / 不满意</translation>
    </message>
    <message>
        <source>Score 1–5</source>
        <translation>1–5 分</translation>
    </message>
    <message>
        <source>Questions (one a line)</source>
        <translation>调查项目（每行一项）</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer unit {code}</source>
        <translation>过户 {code}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Current owners</source>
        <translation>现业主</translation>
    </message>
    <message>
        <source>Name, pinyin or initials</source>
        <translation>姓名、拼音或首字母</translation>
    </message>
    <message>
        <source>&amp;Find owner</source>
        <translation>查找业主(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;owners</source>
        <translation>新业主(&amp;O)</translation>
    </message>
    <message>
        <source>Transfer &amp;date</source>
        <translation>过户日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add to new owners</source>
        <translation>加为新业主(&amp;A)</translation>
    </message>
    <message>
        <source>Ne&amp;w owner…</source>
        <translation>新建业主(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无房屋</translation>
    </message>
</context>
<context>
    <name>UncollectedTab</name>
    <message>
        <source>Days waiting</source>
        <translation>已存放天数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Mail waiting</source>
        <translation>待领取邮件</translation>
    </message>
    <message>
        <source>{n} items waiting, {old} of them for more than {days} days.</source>
        <translation>待领取 {n} 件，其中超过 {days} 天的 {old} 件。</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>&amp;Entrance</source>
        <translation>楼栋单元(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>Negative numbers are basement floors; there is no floor 0.</source>
        <translation>负数表示地下层；没有第 0 层。</translation>
    </message>
    <message>
        <source>&amp;Room number</source>
        <translation>房间号(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 1201</source>
        <translation>如 1201</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>房屋类型(&amp;T)</translation>
    </message>
    <message>
        <source>Enter square metres as a positive number such as 89.5.</source>
        <translation>请输入平方米数，为正数，如 89.5。</translation>
    </message>
    <message>
        <source>&amp;Gross area (㎡)</source>
        <translation>建筑面积 ㎡(&amp;G)</translation>
    </message>
    <message>
        <source>Title-deed area, e.g. 89.5</source>
        <translation>产权证上的面积，如 89.5</translation>
    </message>
    <message>
        <source>&amp;Inner area (㎡)</source>
        <translation>套内面积 ㎡(&amp;I)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>房屋状态(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Edit unit {code}</source>
        <translation>修改房屋 {code}</translation>
    </message>
    <message>
        <source>Entrance: choose one; add the building and its entrances first.</source>
        <translation>楼栋单元：请选择；如列表为空，请先添加楼栋和单元。</translation>
    </message>
</context>
<context>
    <name>UnitPaymentsTab</name>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未缴金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Unpaid charges</source>
        <translation>未缴费用</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Owes {owed}; prepaid balance {credit}</source>
        <translation>欠费 {owed}；预存余额 {credit}</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Unit, owner, phone or plate — then Enter</source>
        <translation>房号、业主、电话或车牌，输入后按回车</translation>
    </message>
</context>
<context>
    <name>UnitRecordDialog</name>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Since – until</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>住户类别</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>房产</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>&amp;Add owner…</source>
        <translation>添加业主(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>过户(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit owner…</source>
        <translation>修改业主(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit &amp;unit…</source>
        <translation>修改房屋(&amp;U)…</translation>
    </message>
    <message>
        <source>Move-&amp;in…</source>
        <translation>入伙(&amp;I)…</translation>
    </message>
    <message>
        <source>Move-out &amp;permit…</source>
        <translation>放行条(&amp;P)…</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>房屋 {code}</translation>
    </message>
    <message>
        <source>{relation}, moved out {date}</source>
        <translation>{relation}，{date} 已迁出</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gross area ㎡</source>
        <translation>建筑面积 ㎡</translation>
    </message>
    <message>
        <source>Inner area ㎡</source>
        <translation>套内面积 ㎡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnitServiceTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Unit code or room number, e.g. 3-2-1502</source>
        <translation>房号或房间号，如 3-2-1502</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New &amp;community…</source>
        <translation>新建小区(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;building…</source>
        <translation>新建楼栋(&amp;B)…</translation>
    </message>
    <message>
        <source>New en&amp;trance…</source>
        <translation>新建单元(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新建房屋(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>修改房屋(&amp;E)…</translation>
    </message>
    <message>
        <source>Move-&amp;in…</source>
        <translation>入伙(&amp;I)…</translation>
    </message>
    <message>
        <source>Move-out &amp;permit…</source>
        <translation>放行条(&amp;P)…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gross area ㎡</source>
        <translation>建筑面积 ㎡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>共 {n} 户</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Account may log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>VacancyNoticeDialog</name>
    <message>
        <source>Vacancy notice for {unit}</source>
        <translation>{unit} 空置申请</translation>
    </message>
    <message>
        <source>&amp;Notice received</source>
        <translation>申请日期(&amp;N)</translation>
    </message>
    <message>
        <source>Vacant &amp;from</source>
        <translation>空置起始日(&amp;F)</translation>
    </message>
    <message>
        <source>The reduced vacancy rate starts on this day, never before the notice.</source>
        <translation>空置优惠从这一天开始计算，不能早于书面申请日期。</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
</context>
<context>
    <name>VacancyTab</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Gross area ㎡</source>
        <translation>建筑面积 ㎡</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Notice since</source>
        <translation>空置申请起始</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>最近巡查</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>Record &amp;notice…</source>
        <translation>登记空置申请(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;End notice…</source>
        <translation>结束空置(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;inspection…</source>
        <translation>登记巡查(&amp;I)…</translation>
    </message>
    <message>
        <source>Inspection log of the selected unit</source>
        <translation>所选房屋的巡查记录</translation>
    </message>
    <message>
        <source>Photos of the selected inspection</source>
        <translation>所选巡查的照片</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未巡查</translation>
    </message>
    <message>
        <source>{n} vacant units</source>
        <translation>共 {n} 户空置</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>New vehicle</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <source>Enter a plate such as 粤B12345, or 粤BD12345 for a new-energy car.</source>
        <translation>请输入车牌号，如 粤B12345；新能源车如 粤BD12345。</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Make and model</source>
        <translation>品牌型号(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. Volkswagen Lavida</source>
        <translation>如 大众 朗逸</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift {number}: vehicle</source>
        <translation>班次 {number}：单车收费</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出场</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Only the last four characters are kept</source>
        <translation>只保存证件号后四位</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
</context>
<context>
    <name>VisitorLogTab</name>
    <message>
        <source>Visitor, whom they visit, or unit</source>
        <translation>访客、被访人或房号</translation>
    </message>
    <message>
        <source>Still inside</source>
        <translation>只看未离开</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>&amp;Visitor in…</source>
        <translation>访客登记(&amp;V)…</translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation>访客离开(&amp;L)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客登记</translation>
    </message>
</context>
<context>
    <name>VisitorsTab</name>
    <message>
        <source>Visitor log</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>来宾接待</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>This month: return visits {visits} ({done} of {due}), satisfaction {sat}</source>
        <translation>本月：回访率 {visits}（应回访 {due}，已回访 {done}），满意率 {sat}</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void numbers of book {code}</source>
        <translation>作废发票本 {code} 的号码</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始号码</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>终止号码</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <source>Waive</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>{charge}: outstanding {amount}</source>
        <translation>{charge}：未缴 {amount}</translation>
    </message>
</context>
<context>
    <name>_AmountDialog</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>affairs</name>
    <message>
        <source>Parcel</source>
        <translation>快递包裹</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>平信</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <source>Express mail (EMS)</source>
        <translation>特快专递</translation>
    </message>
    <message>
        <source>Newspapers and magazines</source>
        <translation>报刊</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待接待</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved, fees due</source>
        <translation>已批准，待交费</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>施工中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Deposit settled</source>
        <translation>押金已结算</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Username: use 2–32 letters, digits, '.', '_' or '-' (for example wangli).</source>
        <translation>用户名：请用 2–32 个字母、数字、“.”、“_”或“-”（例如 wangli）。</translation>
    </message>
    <message>
        <source>Name: enter the person's name (at most 40 characters).</source>
        <translation>姓名：请填写员工姓名（最多 40 个字）。</translation>
    </message>
    <message>
        <source>Roles: choose at least one role.</source>
        <translation>角色：请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Password: use at least {n} characters.</source>
        <translation>密码：至少 {n} 个字符。</translation>
    </message>
    <message>
        <source>An administrator already exists; log in instead.</source>
        <translation>已经有系统管理员，请直接登录。</translation>
    </message>
    <message>
        <source>Username: {username} is already taken.</source>
        <translation>用户名：{username} 已被占用。</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>没有用户 {username}。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after {n} wrong passwords until {time}.</source>
        <translation>密码连续输错 {n} 次，账号已锁定至 {time}。</translation>
    </message>
    <message>
        <source>Current password: it is not correct.</source>
        <translation>当前密码：输入不正确。</translation>
    </message>
    <message>
        <source>You can't disable or demote your own account.</source>
        <translation>不能停用自己的账号，也不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>{user} may not do this (needs the permission "{capability}"). Ask the office manager or administrator.</source>
        <translation>{user} 没有此操作的权限（需要“{capability}”权限）。请联系经理或系统管理员。</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>is not a known time zone</source>
        <translation>不是有效的时区</translation>
    </message>
    <message>
        <source>Office id</source>
        <translation>服务中心编号</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>不是允许的值</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>First month after handover</source>
        <translation>交房当月计费方式</translation>
    </message>
    <message>
        <source>Vacant-unit rate (%)</source>
        <translation>空置房收费比例（%）</translation>
    </message>
    <message>
        <source>Prepayment cap (months)</source>
        <translation>预交上限（月）</translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation>每月缴费截止日</translation>
    </message>
    <message>
        <source>Late-payment charge</source>
        <translation>收取违约金</translation>
    </message>
    <message>
        <source>Late-payment charge per day</source>
        <translation>违约金日费率</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留每日备份数</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>保留每月备份数</translation>
    </message>
    <message>
        <source>Database generation</source>
        <translation>数据库版本标识</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation>收费规则</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Setting {key}: there is no such setting to change.</source>
        <translation>设置 {key}：没有这项可修改的设置。</translation>
    </message>
    <message>
        <source>{label}: {problem}.</source>
        <translation>{label}：{problem}。</translation>
    </message>
    <message>
        <source>File: {file} does not exist or is not a file.</source>
        <translation>文件：{file} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>File: {file} is empty; choose the scanned file.</source>
        <translation>文件：{file} 是空文件，请选择扫描好的文件。</translation>
    </message>
    <message>
        <source>File: {file} is larger than {limit} MB; scan it at a lower resolution.</source>
        <translation>文件：{file} 超过 {limit} MB，请用较低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>Attachment: there is no table {table}.</source>
        <translation>附件：没有名为 {table} 的表。</translation>
    </message>
    <message>
        <source>Attachment: the record {record} of {table} does not exist (deleted?).</source>
        <translation>附件：{table} 中的记录 {record} 不存在（可能已删除）。</translation>
    </message>
    <message>
        <source>Description: use at most {n} characters.</source>
        <translation>描述：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Period: {period} is closed; corrections go into the open month as adjustments.</source>
        <translation>账期：{period} 已月结；更正请在当前未结月份中作为调整录入。</translation>
    </message>
    <message>
        <source>Price: enter a non-negative amount with at most 4 decimals, e.g. 2.3500.</source>
        <translation>单价：请输入不小于 0 的金额，最多 4 位小数，如 2.3500。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind: choose a fee kind.</source>
        <translation>类型：请选择收费类型。</translation>
    </message>
    <message>
        <source>Code: {code} is already used.</source>
        <translation>编码：{code} 已被使用。</translation>
    </message>
    <message>
        <source>End date: it must not be before the start.</source>
        <translation>结束日期：不能早于开始日期。</translation>
    </message>
    <message>
        <source>Total: it can't be negative.</source>
        <translation>合计：不能为负数。</translation>
    </message>
    <message>
        <source>Water meter reading</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <source>Electricity meter reading</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>Gas meter reading</source>
        <translation>燃气表读数</translation>
    </message>
    <message>
        <source>Handover form {number} was already corrected by {newer}: correct that one.</source>
        <translation>入伙交接单 {number} 已由 {newer} 更正：请更正后者。</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Key notes</source>
        <translation>钥匙说明</translation>
    </message>
    <message>
        <source>Kind: choose what kind of mail it is.</source>
        <translation>类型：请选择邮件类型。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>This item was already collected or returned; refresh the list.</source>
        <translation>该邮件已被领取或退回，请刷新列表。</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Collected at: it cannot be before the item arrived.</source>
        <translation>领取时间：不能早于收件时间。</translation>
    </message>
    <message>
        <source>Returned at: it cannot be before the item arrived.</source>
        <translation>退回时间：不能早于收件时间。</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>Postage: enter an amount in yuan, 0 or more.</source>
        <translation>邮费：请输入不小于 0 的金额（元）。</translation>
    </message>
    <message>
        <source>Unit: {unit} was already handed over; open its handover record.</source>
        <translation>房屋：{unit} 已办理入伙，请打开它的入伙记录。</translation>
    </message>
    <message>
        <source>Unit: {unit} has no current owner (unsold), so it can't be handed over. Record the sale in the unit's archive first.</source>
        <translation>房屋：{unit} 没有现任业主（未售），不能办理入伙。请先在房屋档案中登记业主。</translation>
    </message>
    <message>
        <source>Handover date: the archive says {unit} was handed over on {recorded}. Use that date, or correct the unit's handover date in the archive first.</source>
        <translation>交房日期：档案记载 {unit} 的交房日期是 {recorded}。请使用该日期，或先在档案中更正交房日期。</translation>
    </message>
    <message>
        <source>Keys handed over: enter a whole number from 0 to {n}.</source>
        <translation>移交钥匙数：请输入 0 到 {n} 之间的整数。</translation>
    </message>
    <message>
        <source>{label}: enter the number on the meter, 0 or more with at most two decimals (for example 1234.56).</source>
        <translation>{label}：请输入表上的读数，不小于 0，最多两位小数（例如 1234.56）。</translation>
    </message>
    <message>
        <source>Documents signed</source>
        <translation>已签文件</translation>
    </message>
    <message>
        <source>The handover record {id} no longer exists.</source>
        <translation>入伙记录 {id} 已不存在。</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已出门</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>放行物品</translation>
    </message>
    <message>
        <source>Planned date: choose today or a later day.</source>
        <translation>计划搬出日期：请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>Unit {unit} owes {amount} in fees, so no move-out permit can be issued. Collect the fees first, or a manager can override with a reason.</source>
        <translation>房屋 {unit} 欠费 {amount}，不能开具放行条。请先收清费用，或由经理填写理由特批。</translation>
    </message>
    <message>
        <source>Override reason: write at least {n} characters on why goods may leave although the unit owes fees.</source>
        <translation>特批理由：请至少写 {n} 个字，说明欠费仍予放行的原因。</translation>
    </message>
    <message>
        <source>Override reason: use at most {n} characters.</source>
        <translation>特批理由：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>The move-out permit {id} no longer exists.</source>
        <translation>放行条 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Permit {number} is already {status}; only an issued permit can change.</source>
        <translation>放行条 {number} 已是“{status}”状态，只有“已开具”的放行条才能变更。</translation>
    </message>
    <message>
        <source>Phone: enter a mainland mobile (13812345678) or landline (0755-12345678).</source>
        <translation>电话：请输入中国大陆手机号（13812345678）或固定电话（0755-12345678）。</translation>
    </message>
    <message>
        <source>ID number: {value} is not a valid number of this type; check the digits.</source>
        <translation>证件号码：{value} 不是有效的该类证件号码，请核对。</translation>
    </message>
    <message>
        <source>Kind: choose person or company.</source>
        <translation>业主类型：请选择个人或单位。</translation>
    </message>
    <message>
        <source>ID type: choose one.</source>
        <translation>证件类型：请选择一项。</translation>
    </message>
    <message>
        <source>Gender: choose one.</source>
        <translation>性别：请选择一项。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>ID number: an owner with this number already exists; open that owner instead.</source>
        <translation>证件号码：已有使用该号码的业主，请直接打开该业主。</translation>
    </message>
    <message>
        <source>Owner: {name} already owns {unit}.</source>
        <translation>业主：{name} 已经是 {unit} 的业主。</translation>
    </message>
    <message>
        <source>New owner: choose at least one.</source>
        <translation>新业主：请至少选择一位。</translation>
    </message>
    <message>
        <source>Transfer date: it must be after {date}, when the current ownership began.</source>
        <translation>过户日期：必须晚于现产权的起始日 {date}。</translation>
    </message>
    <message>
        <source>Period: write it as YYYY-MM, for example 2026-11.</source>
        <translation>账期：请按 YYYY-MM 格式填写，例如 2026-11。</translation>
    </message>
    <message>
        <source>The record no longer exists; refresh the list.</source>
        <translation>该记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Close the form and open it again to see their change.</source>
        <translation>您编辑期间，其他人修改了这条记录。请关闭窗口后重新打开，查看对方的修改。</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}：此项必填。</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters.</source>
        <translation>{label}：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>{label}: enter an amount in yuan, like 3000 or 150.50.</source>
        <translation>{label}：请输入金额（元），如 3000 或 150.50。</translation>
    </message>
    <message>
        <source>Relation: choose family or tenant.</source>
        <translation>住户类别：请选择家庭成员或租户。</translation>
    </message>
    <message>
        <source>Lease: a tenant needs the lease start and end dates.</source>
        <translation>租期：租户须填写租期开始和结束日期。</translation>
    </message>
    <message>
        <source>Lease end: it must not be before the lease start.</source>
        <translation>租期结束：不能早于租期开始。</translation>
    </message>
    <message>
        <source>ID number: check the digits; the check digit does not match.</source>
        <translation>证件号码：校验位不符，请核对号码。</translation>
    </message>
    <message>
        <source>Role in family</source>
        <translation>家庭关系</translation>
    </message>
    <message>
        <source>Move-out date: it must not be before the move-in date.</source>
        <translation>迁出日期：不能早于入住日期。</translation>
    </message>
    <message>
        <source>Plate: enter a plate such as 粤B12345 or 粤BD12345.</source>
        <translation>车牌号：请输入车牌号，如 粤B12345 或 粤BD12345。</translation>
    </message>
    <message>
        <source>Unit: a vehicle belongs to a unit or an owner; choose one.</source>
        <translation>房屋：车辆须归属某个房屋或业主，请选择其一。</translation>
    </message>
    <message>
        <source>Plate: {plate} is already registered.</source>
        <translation>车牌号：{plate} 已登记。</translation>
    </message>
    <message>
        <source>There is no receipt {number}.</source>
        <translation>没有收据 {number}。</translation>
    </message>
    <message>
        <source>{label}: choose one of the listed values.</source>
        <translation>{label}：请从列表中选择。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Complainant: choose the unit or owner, or enter the complainant's name, so the feedback reaches someone.</source>
        <translation>投诉人：请选择房屋或业主，或填写投诉人姓名，以便反馈有人接收。</translation>
    </message>
    <message>
        <source>Complaint {number} is closed; it can no longer be changed.</source>
        <translation>投诉 {number} 已关闭，不能再修改。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Kind: choose a kind of event.</source>
        <translation>类别：请选择活动类别。</translation>
    </message>
    <message>
        <source>Month: choose a month of the plan's year.</source>
        <translation>月份：请选择计划年度中的月份。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>This event is already held or cancelled.</source>
        <translation>该活动已举办或已取消。</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Participants: enter how many took part.</source>
        <translation>参与人数：请输入参与人数。</translation>
    </message>
    <message>
        <source>Held on: the event belongs to the plan of {year}.</source>
        <translation>举办日期：该活动属于 {year} 年的计划。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Return visit note</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Return visit date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Return visit: record the feedback to the owner first.</source>
        <translation>回访：请先登记给业主的反馈。</translation>
    </message>
    <message>
        <source>Complaints fed back within 2 working days</source>
        <translation>投诉 2 个工作日内反馈</translation>
    </message>
    <message>
        <source>Valid complaints visited back</source>
        <translation>有效投诉回访</translation>
    </message>
    <message>
        <source>Repairs completed within 3 working days</source>
        <translation>维修 3 个工作日内完成</translation>
    </message>
    <message>
        <source>Collection rate of their buildings</source>
        <translation>责任楼栋收费率</translation>
    </message>
    <message>
        <source>Receipts voided</source>
        <translation>收据作废</translation>
    </message>
    <message>
        <source>Appearance and manners</source>
        <translation>仪容仪表</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Work discipline</source>
        <translation>劳动纪律</translation>
    </message>
    <message>
        <source>Files and records</source>
        <translation>文件档案</translation>
    </message>
    <message>
        <source>{label}: give a score from 0 to 100.</source>
        <translation>{label}：请给出 0 至 100 的分数。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The appraisal of {name} for {period} is confirmed already.</source>
        <translation>{name} {period} 的考核已确认，不能再修改。</translation>
    </message>
    <message>
        <source>This appraisal is confirmed already.</source>
        <translation>该考核已确认。</translation>
    </message>
    <message>
        <source>Close: classify the complaint as valid or invalid first.</source>
        <translation>关闭：请先将投诉判定为有效或无效。</translation>
    </message>
    <message>
        <source>Close: record the feedback to the owner first.</source>
        <translation>关闭：请先登记给业主的反馈。</translation>
    </message>
    <message>
        <source>Close: a valid complaint needs its return visit (回访) first.</source>
        <translation>关闭：有效投诉须先完成回访。</translation>
    </message>
    <message>
        <source>Month: {month} is not over yet; it can be closed from {day} on.</source>
        <translation>月份：{month} 尚未结束，{day} 起才能月结。</translation>
    </message>
    <message>
        <source>Month: {month} is already closed.</source>
        <translation>月份：{month} 已经月结。</translation>
    </message>
    <message>
        <source>Reason: say why, in a few words.</source>
        <translation>原因：请简要说明原因。</translation>
    </message>
    <message>
        <source>Month: {month} is not closed.</source>
        <translation>月份：{month} 未月结。</translation>
    </message>
    <message>
        <source>Receipt {number} is already void.</source>
        <translation>收据 {number} 已作废。</translation>
    </message>
    <message>
        <source>Receipt {number}: part of its prepaid money was already refunded; void the refund's effect first with a new charge, or leave the receipt.</source>
        <translation>收据 {number}：其中的预存款已有部分退款。请先新增一笔费用抵消这笔退款，否则不能作废该收据。</translation>
    </message>
    <message>
        <source>Date: a void is dated today or an earlier day that is not closed yet.</source>
        <translation>日期：作废日期须为今天，或此前尚未日结的日期。</translation>
    </message>
    <message>
        <source>Amount: enter a positive amount up to {limit}.</source>
        <translation>金额：请输入大于 0 且不超过 {limit} 的金额。</translation>
    </message>
    <message>
        <source>Charge: only a deposit can be refunded this way.</source>
        <translation>费用：只有押金可以这样退款。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Code: {code} is already used here; choose another.</source>
        <translation>编码：{code} 在此已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Floors: enter a number from 1 to 200.</source>
        <translation>地上层数：请输入 1 到 200 之间的数字。</translation>
    </message>
    <message>
        <source>The unit {unit} no longer exists; refresh the list.</source>
        <translation>房屋 {unit} 已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Owner: the person chosen is not a current owner of {unit}; choose one who is.</source>
        <translation>业主：所选的人不是 {unit} 的现任业主，请选择现任业主。</translation>
    </message>
    <message>
        <source>{label}: enter a date.</source>
        <translation>{label}：请输入日期。</translation>
    </message>
    <message>
        <source>{label}: {date} is in the future; enter today or earlier.</source>
        <translation>{label}：{date} 是将来的日期，请输入今天或以前的日期。</translation>
    </message>
    <message>
        <source>Floor: enter a whole number such as 12, or -1 for a basement.</source>
        <translation>楼层：请输入整数，如 12；地下一层填 -1。</translation>
    </message>
    <message>
        <source>Area: enter square metres as a positive number such as 89.5.</source>
        <translation>面积：请输入平方米数，为正数，如 89.5。</translation>
    </message>
    <message>
        <source>Type: choose a unit type.</source>
        <translation>房屋类型：请选择房屋类型。</translation>
    </message>
    <message>
        <source>Status: choose a status.</source>
        <translation>房屋状态：请选择房屋状态。</translation>
    </message>
    <message>
        <source>Inner area: it can't be larger than the gross area.</source>
        <translation>套内面积：不能大于建筑面积。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Room: unit {code} already exists.</source>
        <translation>房间号：房屋 {code} 已存在。</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Vacant from: choose the notice date or a later day; the reduced rate can't start before the owner's written notice.</source>
        <translation>空置起始日：请选择申请日期或以后的日期；空置优惠不能早于业主书面申请的日期。</translation>
    </message>
    <message>
        <source>Unit {unit} is not marked vacant in the archive, so it can't have a vacancy notice. Change its status to vacant first.</source>
        <translation>房屋 {unit} 在档案中不是空置状态，不能登记空置申请。请先把房屋状态改为空置。</translation>
    </message>
    <message>
        <source>Unit {unit} has no current owner to give a vacancy notice.</source>
        <translation>房屋 {unit} 没有现任业主，无法登记空置申请。</translation>
    </message>
    <message>
        <source>Vacant from: {unit} already has a vacancy notice from {start} that runs past {date}. End that notice first, or start the new one after it.</source>
        <translation>空置起始日：{unit} 已有一份自 {start} 起、持续到 {date} 之后的空置申请。请先结束该申请，或让新申请从其结束之后开始。</translation>
    </message>
    <message>
        <source>The vacancy notice {id} no longer exists.</source>
        <translation>空置申请 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Vacant until: this notice already ended on {date}.</source>
        <translation>空置截止日：该申请已于 {date} 结束。</translation>
    </message>
    <message>
        <source>Vacant until: choose {start} (the notice's start) or a later day.</source>
        <translation>空置截止日：请选择 {start}（申请起始日）或以后的日期。</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Planned end: it cannot be before the planned start.</source>
        <translation>计划完工：不能早于计划开工日期。</translation>
    </message>
    <message>
        <source>Planned end: a renovation may be planned for {n} days at most.</source>
        <translation>计划完工：装修工期最长 {n} 天。</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Scope of works</source>
        <translation>装修内容</translation>
    </message>
    <message>
        <source>Contractor's phone</source>
        <translation>施工单位电话</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>施工负责人</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Unit: choose the unit to be renovated.</source>
        <translation>房号：请选择装修的房屋。</translation>
    </message>
    <message>
        <source>Unit: {unit} already has a renovation under way; finish that one first.</source>
        <translation>房号：{unit} 已有未完结的装修，请先办完该装修。</translation>
    </message>
    <message>
        <source>Renovation {number} is not at the step for this; refresh the list.</source>
        <translation>装修 {number} 不在可办理此步骤的状态，请刷新列表。</translation>
    </message>
    <message>
        <source>Charges: add exactly one deposit (装修押金) and any one-off fees; set the fee items up under Fees → Fee items.</source>
        <translation>收费项目：须有且只有一项装修押金，另可加一次性收费；收费项目请在“收费 → 收费项目”中设置。</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Permit: {amount} of the deposit and fees is not paid yet; collect it first.</source>
        <translation>许可证：押金及费用尚有 {amount} 未交，请先收费。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规事项</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Put right by: a violation needs a date on or after the inspection.</source>
        <translation>整改期限：有违规事项时须填写不早于巡查日期的整改期限。</translation>
    </message>
    <message>
        <source>Put right on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>This inspection has no open violation.</source>
        <translation>该次巡查没有待整改的违规事项。</translation>
    </message>
    <message>
        <source>Acceptance note</source>
        <translation>验收意见</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Acceptance: violations are still open; record them put right first.</source>
        <translation>验收：仍有违规事项未整改，请先登记整改。</translation>
    </message>
    <message>
        <source>Renovation {number} has no permit yet.</source>
        <translation>装修 {number} 尚未发放许可证。</translation>
    </message>
    <message>
        <source>Photos: attach at most {n} photos to one inspection.</source>
        <translation>照片：每次巡查最多附 {n} 张照片。</translation>
    </message>
    <message>
        <source>Photos: {file} is not a picture (JPEG or PNG).</source>
        <translation>照片：{file} 不是图片（请用 JPEG 或 PNG）。</translation>
    </message>
    <message>
        <source>Unit {unit} is not vacant and had no vacancy notice on {date}; inspections are for vacant units.</source>
        <translation>房屋 {unit} 不是空置房，{date} 当天也没有空置申请；巡查只针对空置房。</translation>
    </message>
    <message>
        <source>Charges: choose at least one unpaid charge or months to pay ahead.</source>
        <translation>费用：请至少勾选一笔未缴费用，或填写预交月数。</translation>
    </message>
    <message>
        <source>Prepaid amount: enter a non-negative amount in yuan.</source>
        <translation>预存金额：请输入不小于 0 的金额（元）。</translation>
    </message>
    <message>
        <source>Payment method: choose one from the list.</source>
        <translation>支付方式：请从列表中选择。</translation>
    </message>
    <message>
        <source>Amount: enter a positive amount in yuan with at most two decimals.</source>
        <translation>金额：请输入大于 0 的金额（元），最多两位小数。</translation>
    </message>
    <message>
        <source>Amount: enter what the payer hands over.</source>
        <translation>金额：请输入交款人实际交付的金额。</translation>
    </message>
    <message>
        <source>Amount: {short} is still missing; the total due is {due}.</source>
        <translation>金额：还差 {short}，应收合计 {due}。</translation>
    </message>
    <message>
        <source>Amount: only cash can be more than the amount due; card, WeChat, Alipay and transfer must not add up to more than {due}.</source>
        <translation>金额：只有现金可以多于应收金额；银行卡、微信、支付宝和转账合计不能超过 {due}。</translation>
    </message>
    <message>
        <source>Date: your day {date} is already closed (日结); no more receipts can be issued on it.</source>
        <translation>日期：您 {date} 的账已日结，不能再开具该日的收据。</translation>
    </message>
    <message>
        <source>Payments: each needs charges and a counter method.</source>
        <translation>缴费：每笔缴费都须指定所缴费用和柜台支付方式。</translation>
    </message>
    <message>
        <source>Date: the day {date} is already closed (日结).</source>
        <translation>日期：{date} 已日结。</translation>
    </message>
    <message>
        <source>Charges: the list changed; reload the unit.</source>
        <translation>费用：费用列表已变化，请重新载入该房屋。</translation>
    </message>
    <message>
        <source>Charges: one of them is already paid.</source>
        <translation>费用：其中有一笔已缴清。</translation>
    </message>
    <message>
        <source>Charges: one of them was paid meanwhile; reload the unit.</source>
        <translation>费用：其中有一笔刚刚已被缴清，请重新载入该房屋。</translation>
    </message>
    <message>
        <source>Months ahead: at most {cap} months may be paid in advance.</source>
        <translation>预交月数：最多可预交 {cap} 个月。</translation>
    </message>
    <message>
        <source>Months ahead: this unit has no monthly fee items to pay ahead.</source>
        <translation>预交月数：该房屋没有可预交的按月收费项目。</translation>
    </message>
    <message>
        <source>Reference: {reference} was already paid in; the same payment can't be entered twice.</source>
        <translation>交易流水号：{reference} 已入账，同一笔款项不能重复录入。</translation>
    </message>
    <message>
        <source>From: write the date as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>起始日期：请按 YYYY-MM-DD 格式填写，如 2026-11-01。</translation>
    </message>
    <message>
        <source>Type: {value} is not one of {choices}.</source>
        <translation>类型：{value} 不是可选值（{choices}）之一。</translation>
    </message>
    <message>
        <source>Status: {value} is not one of {choices}.</source>
        <translation>状态：{value} 不是可选值（{choices}）之一。</translation>
    </message>
    <message>
        <source>Fee item: there is no item {code}; `fee list` shows them.</source>
        <translation>收费项目：没有编码为 {code} 的项目；用 `fee list` 可查看全部项目。</translation>
    </message>
    <message>
        <source>Building: there is no single building {building}; give its code.</source>
        <translation>楼栋：无法确定唯一的楼栋 {building}，请填写楼栋编码。</translation>
    </message>
    <message>
        <source>There is no list {kind}; choose one of {kinds}.</source>
        <translation>没有“{kind}”列表，请从 {kinds} 中选择。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date: your day {date} is already closed (日结); it can be closed once.</source>
        <translation>日期：您 {date} 的账已日结，每天只能日结一次。</translation>
    </message>
    <message>
        <source>Channel: choose phone, notice, visit or WeChat for how the owner was reminded.</source>
        <translation>渠道：请选择催缴业主的方式：电话、书面通知、上门或微信。</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>催缴日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>To: the end date must not be before the start date.</source>
        <translation>截止日期：不能早于起始日期。</translation>
    </message>
    <message>
        <source>There is no unit {unit}.</source>
        <translation>没有房屋 {unit}。</translation>
    </message>
    <message>
        <source>Units: none of the chosen units owes anything due by {date}.</source>
        <translation>房屋：所选房屋截至 {date} 均无到期欠费。</translation>
    </message>
    <message>
        <source>Backup: the copy of the database failed its integrity check ({detail}), so no backup was kept. The database itself may be damaged: call head office IT.</source>
        <translation>备份：数据库副本未通过完整性检查（{detail}），本次备份未保留。数据库本身可能已损坏，请联系总部 IT。</translation>
    </message>
    <message>
        <source>Backup folder {folder}: the backup could not be written ({detail}).</source>
        <translation>备份文件夹 {folder}：无法写入备份（{detail}）。</translation>
    </message>
    <message>
        <source>Backup file {file}: it is damaged or not a PropDesk backup ({detail}). Choose another backup.</source>
        <translation>备份文件 {file}：文件已损坏或不是物业客服台的备份（{detail}）。请选择其他备份。</translation>
    </message>
    <message>
        <source>Backup file {file}: there is no such file.</source>
        <translation>备份文件 {file}：文件不存在。</translation>
    </message>
    <message>
        <source>Backup file {file} was made by a newer PropDesk (schema {found}; this program knows up to {known}). Install the newer version, then restore it.</source>
        <translation>备份文件 {file} 由更新版本的物业客服台制作（数据结构版本 {found}，本程序最高支持 {known}）。请先安装新版本再恢复。</translation>
    </message>
    <message>
        <source>Restore: the office database {path} is open in PropDesk or another program. Close it everywhere, then restore again; nothing was changed.</source>
        <translation>恢复：数据库 {path} 正被物业客服台或其他程序打开。请在所有地方关闭后再恢复；数据未作任何更改。</translation>
    </message>
    <message>
        <source>Date: enter a date.</source>
        <translation>日期：请输入日期。</translation>
    </message>
    <message>
        <source>Category: choose one of the listed repair categories.</source>
        <translation>类别：请从列表中选择报修类别。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Repair {number}: this step does not follow from its current stage. Repairs go received → dispatched → in progress → completed → return visit → closed.</source>
        <translation>报修 {number}：当前阶段不能执行此步骤。报修流程为 受理 → 派工 → 处理 → 完工 → 回访 → 关闭。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>Satisfaction: choose one of the listed values.</source>
        <translation>满意度：请从列表中选择。</translation>
    </message>
    <message>
        <source>{label} (line {line}): write a number with at most {places} decimals.</source>
        <translation>{label}（第 {line} 行）：请填写最多 {places} 位小数的数字。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quantity (line {line}): enter a quantity above zero.</source>
        <translation>数量（第 {line} 行）：请填写大于零的数量。</translation>
    </message>
    <message>
        <source>Code: supplier {code} exists; choose another code.</source>
        <translation>编码：供应商 {code} 已存在，请换一个编码。</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Type: choose one of the listed incident types.</source>
        <translation>类型：请从列表中选择事件类型。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Incident {number} is closed; it can no longer be changed.</source>
        <translation>事件 {number} 已结案，不能再修改。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>Report date: it can't be before the day the incident happened.</source>
        <translation>上报日期：不能早于事件发生日期。</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Close: record the report to head office first.</source>
        <translation>结案：请先登记上报总公司。</translation>
    </message>
    <message>
        <source>Minimum quantity</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Maximum quantity</source>
        <translation>最高库存</translation>
    </message>
    <message>
        <source>Materials: repair {number} is not being worked on; materials are recorded between dispatch and completion.</source>
        <translation>领料：报修单 {number} 不在维修中；材料在派工后、完工前登记。</translation>
    </message>
    <message>
        <source>{label}: enter an amount in yuan, like 80 or 35.50.</source>
        <translation>{label}：请输入金额（元），如 80 或 35.50。</translation>
    </message>
    <message>
        <source>{label}: can't be below zero.</source>
        <translation>{label}：不能小于零。</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料费</translation>
    </message>
    <message>
        <source>Charges: repair {number} is within the developer's warranty; the owner pays nothing for it.</source>
        <translation>收费：报修单 {number} 在开发商质保期内，业主无需付费。</translation>
    </message>
    <message>
        <source>Charges: repair {number} is billed already; correct the bill with an adjustment under Fees.</source>
        <translation>收费：报修单 {number} 已经开过账单；如需更正，请在 收费 中做调整。</translation>
    </message>
    <message>
        <source>Charges: there is no active fee item {code} for repair fees; set it up under Fees → Fee items (kind: one-off) first.</source>
        <translation>收费：没有可用的维修费收费项目 {code}；请先在 收费 → 收费项目 中设置（类型：一次性）。</translation>
    </message>
    <message>
        <source>Maximum quantity: must be at least the minimum ({min_qty}), or 0 for none.</source>
        <translation>最高库存：不能低于最低库存（{min_qty}），不设上限请填 0。</translation>
    </message>
    <message>
        <source>Code: item {code} exists; choose another code.</source>
        <translation>编码：物料 {code} 已存在，请换一个编码。</translation>
    </message>
    <message>
        <source>Barcode: {barcode} is on another item already.</source>
        <translation>条码：{barcode} 已用于其他物料。</translation>
    </message>
    <message>
        <source>There is no item with code or barcode {text}.</source>
        <translation>没有编码或条码为 {text} 的物料。</translation>
    </message>
    <message>
        <source>Lines: add at least one item to the document.</source>
        <translation>明细：单据至少要有一行物料。</translation>
    </message>
    <message>
        <source>Lines: at most {n} lines; split it into two documents.</source>
        <translation>明细：最多 {n} 行，请分成两张单据。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>领用部门</translation>
    </message>
    <message>
        <source>Repair order: {number} is not an open repair order; pick one from the list or leave it empty.</source>
        <translation>维修单：{number} 不是未关闭的维修单；请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领料人</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit price (line {line}): can't be below zero.</source>
        <translation>单价（第 {line} 行）：不能小于零。</translation>
    </message>
    <message>
        <source>Unit price (line {line}): a purchase needs the price paid per unit.</source>
        <translation>单价（第 {line} 行）：采购入库须填写单价。</translation>
    </message>
    <message>
        <source>Item (line {line}): the item no longer exists.</source>
        <translation>物料（第 {line} 行）：该物料已不存在。</translation>
    </message>
    <message>
        <source>Line {n}: choose a category.</source>
        <translation>第 {n} 行：请选择类别。</translation>
    </message>
    <message>
        <source>What was bought</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Line {n}: bills handed in, 0 to 99.</source>
        <translation>第 {n} 行：单据张数为 0 至 99。</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>报销人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Lines: add at least one expense.</source>
        <translation>报销明细：请至少添加一项费用。</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>报销日期</translation>
    </message>
    <message>
        <source>Lines: an expense cannot be after the claim date.</source>
        <translation>报销明细：费用发生日期不能晚于报销日期。</translation>
    </message>
    <message>
        <source>Claim {number} is not at the step for this; refresh the list.</source>
        <translation>报销单 {number} 不在可办理此步骤的状态，请刷新列表。</translation>
    </message>
    <message>
        <source>Paid by: choose how the money was paid.</source>
        <translation>付款方式：请选择付款方式。</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Paid on: it cannot be before the claim date.</source>
        <translation>付款日期：不能早于报销日期。</translation>
    </message>
    <message>
        <source>Document {number} is posted and final; correct it with a reversing document.</source>
        <translation>单据 {number} 已过账，不能修改；请用冲销单更正。</translation>
    </message>
    <message>
        <source>Quantity (line {line}): only {balance} {uom} of {item} in stock, {qty} asked for; issue at most {balance}.</source>
        <translation>数量（第 {line} 行）：{item} 库存只有 {balance} {uom}，申领 {qty}；最多只能出库 {balance}。</translation>
    </message>
    <message>
        <source>Only a posted document that is not itself a reversal can be reversed; delete a draft instead.</source>
        <translation>只能冲销已过账且本身不是冲销单的单据；草稿请直接删除。</translation>
    </message>
    <message>
        <source>Document {number} is reversed already.</source>
        <translation>单据 {number} 已冲销。</translation>
    </message>
    <message>
        <source>Stocktake {number} is closed; start a new one.</source>
        <translation>盘点单 {number} 已结束，请新建盘点。</translation>
    </message>
    <message>
        <source>A stocktake is open already: post or cancel it first.</source>
        <translation>已有未完成的盘点：请先过账或取消。</translation>
    </message>
    <message>
        <source>Item: {item} is not in stocktake {number}.</source>
        <translation>物料：{item} 不在盘点单 {number} 中。</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Counted quantity: can't be below zero.</source>
        <translation>实盘数量：不能小于零。</translation>
    </message>
    <message>
        <source>File: this is not a count sheet (no 实盘数量 column).</source>
        <translation>文件：这不是盘点表（没有“实盘数量”列）。</translation>
    </message>
    <message>
        <source>Fee item: {name} is not read from a meter.</source>
        <translation>收费项目：{name} 不是按表计费的项目。</translation>
    </message>
    <message>
        <source>{unit}: {period} is already billed from this reading; correct the bill with an adjustment instead.</source>
        <translation>{unit}：{period} 已按此读数出账；请改用调整来更正账单。</translation>
    </message>
    <message>
        <source>{unit}: the reading {value} is not valid: {reason}.</source>
        <translation>{unit}：读数 {value} 无效：{reason}。</translation>
    </message>
    <message>
        <source>{unit}: the new meter's first reading is not valid: {reason}.</source>
        <translation>{unit}：新表起数无效：{reason}。</translation>
    </message>
    <message>
        <source>{unit}: the reading {current} is below the new meter's first reading {previous}.</source>
        <translation>{unit}：读数 {current} 低于新表起数 {previous}。</translation>
    </message>
    <message>
        <source>{unit}: the reading {current} is below the last reading {previous}; check the meter, or mark the line as a meter change (换表).</source>
        <translation>{unit}：读数 {current} 低于上次读数 {previous}；请核对水表，或把该行标为换表。</translation>
    </message>
    <message>
        <source>Row {row}: there is no unit {unit}.</source>
        <translation>第 {row} 行：没有房号 {unit}。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Questionnaire name</source>
        <translation>问卷名称</translation>
    </message>
    <message>
        <source>Scale: choose one of the listed answer scales.</source>
        <translation>答案形式：请从列表中选择。</translation>
    </message>
    <message>
        <source>Questions: enter between 1 and {n} questions, one a line.</source>
        <translation>调查项目：请输入 1 到 {n} 项，每行一项。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Questionnaire name: {name} exists; choose another.</source>
        <translation>问卷名称：{name} 已存在，请换一个。</translation>
    </message>
    <message>
        <source>From (time)</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To (time)</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Area affected</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>服务中心电话</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>收费期间</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>缴费截止日期</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Water cut</source>
        <translation>停水通知</translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation>停电通知</translation>
    </message>
    <message>
        <source>Elevator maintenance</source>
        <translation>电梯维保通知</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>缴费提醒</translation>
    </message>
    <message>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>General notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Template: choose one of the listed notices.</source>
        <translation>模板：请选择列表中的公告模板。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>张贴位置</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Posted on: a notice is posted on or after its date.</source>
        <translation>张贴日期：不能早于公告日期。</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>Taken down on: the copy is already down, or the date is before it went up.</source>
        <translation>撤下日期：该处公告已撤下，或日期早于张贴日期。</translation>
    </message>
    <message>
        <source>End date: it can't be before the start date.</source>
        <translation>截止日期：不能早于开始日期。</translation>
    </message>
    <message>
        <source>Question {seq}: answer with a score from 1 to {top}, or leave it blank.</source>
        <translation>第 {seq} 项：请填 1 到 {top} 分，或留空。</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Question {seq}: the questionnaire has no such question.</source>
        <translation>第 {seq} 项：问卷中没有这一项。</translation>
    </message>
    <message>
        <source>Answers: the questionnaire has no answer at all.</source>
        <translation>答案：这份问卷一项都没有作答。</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Denomination: enter the face value, e.g. 10.</source>
        <translation>面额：请输入票面金额，如 10。</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票种类</translation>
    </message>
    <message>
        <source>Book code</source>
        <translation>本号</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last number: it must not be below the first number {first}.</source>
        <translation>终止号码：不能小于起始号码 {first}。</translation>
    </message>
    <message>
        <source>Last number: a book holds at most {n} numbers.</source>
        <translation>终止号码：每本最多 {n} 份。</translation>
    </message>
    <message>
        <source>Book code: {code} is already in the register.</source>
        <translation>本号：{code} 已在登记簿中。</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>领用日期</translation>
    </message>
    <message>
        <source>Issued on: book {code} was received on {day}.</source>
        <translation>领用日期：发票本 {code} 于 {day} 领入。</translation>
    </message>
    <message>
        <source>Issued to: book {code} is held by {holder} since {day}; record its return before issuing it again.</source>
        <translation>领用人：发票本 {code} 自 {day} 起由 {holder} 领用；请先登记交回再重新领用。</translation>
    </message>
    <message>
        <source>Book {code} has no numbers left to issue.</source>
        <translation>发票本 {code} 已无可用号码。</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>交回日期</translation>
    </message>
    <message>
        <source>Book {code} is not issued to anyone.</source>
        <translation>发票本 {code} 未被领用。</translation>
    </message>
    <message>
        <source>Returned on: the book was issued on {day}.</source>
        <translation>交回日期：该本于 {day} 领用。</translation>
    </message>
    <message>
        <source>Book {code} was written off on {day}.</source>
        <translation>发票本 {code} 已于 {day} 缴销。</translation>
    </message>
    <message>
        <source>Last number: it must not be below the first number.</source>
        <translation>终止号码：不能小于起始号码。</translation>
    </message>
    <message>
        <source>First number: {number} of book {code} is already recorded; the next unused number is {next}.</source>
        <translation>起始号码：发票本 {code} 的 {number} 已登记使用；下一个未用号码是 {next}。</translation>
    </message>
    <message>
        <source>First number: numbers are used in order; {next} to {before} of book {code} would be skipped. Record or void them first.</source>
        <translation>起始号码：发票须按号码顺序使用；发票本 {code} 的 {next} 至 {before} 将被跳过。请先登记使用或作废这些号码。</translation>
    </message>
    <message>
        <source>Last number: book {code} ends at {last}.</source>
        <translation>终止号码：发票本 {code} 的最后一号是 {last}。</translation>
    </message>
    <message>
        <source>Book: {code} is held by {holder}, not by {person}; only the holder uses or voids its numbers.</source>
        <translation>发票本：{code} 由 {holder} 领用，不是 {person}；只有领用人可使用或作废其号码。</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Shift {number} is handed over already.</source>
        <translation>班次 {number} 已交班。</translation>
    </message>
    <message>
        <source>Void: {number} is outside the numbers recorded.</source>
        <translation>作废：{number} 不在本次登记的号码范围内。</translation>
    </message>
    <message>
        <source>Voided on</source>
        <translation>作废日期</translation>
    </message>
    <message>
        <source>Book: {code} is in stock; issue it before voiding numbers.</source>
        <translation>发票本：{code} 尚在库存；请先领用再作废号码。</translation>
    </message>
    <message>
        <source>Book {code} has no unused numbers.</source>
        <translation>发票本 {code} 没有未用号码。</translation>
    </message>
    <message>
        <source>Book {code} is still held by {holder}; record the book's return first.</source>
        <translation>发票本 {code} 仍由 {holder} 领用；请先登记交回。</translation>
    </message>
    <message>
        <source>Written off on</source>
        <translation>缴销日期</translation>
    </message>
    <message>
        <source>Book {code} still has {n} unused numbers; use, void or return them before writing it off.</source>
        <translation>发票本 {code} 还有 {n} 个未用号码；请先使用、作废或退回后再缴销。</translation>
    </message>
    <message>
        <source>Book {code} is still held by {holder}; record its return first.</source>
        <translation>发票本 {code} 仍由 {holder} 领用；请先登记交回。</translation>
    </message>
    <message>
        <source>Book {code} can not be deleted: invoice books and their register are kept five years. Return its unused numbers and write it off instead.</source>
        <translation>发票本 {code} 不能删除：发票及其登记簿须保存五年。请退回未用号码并办理缴销。</translation>
    </message>
    <message>
        <source>Number: enter the invoice number in digits, e.g. 00000012.</source>
        <translation>号码：请输入数字发票号码，如 00000012。</translation>
    </message>
    <message>
        <source>Void reason: say why the numbers were voided.</source>
        <translation>作废原因：请说明作废原因。</translation>
    </message>
    <message>
        <source>Book: choose a book held by the person on duty (issue one first).</source>
        <translation>发票本：请选择值班人领用的发票本（如无请先领用）。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>{label}: enter an amount in yuan, e.g. 5 or 2.50.</source>
        <translation>{label}：请输入金额（元），如 5 或 2.50。</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>On duty: {operator} still has shift {number} open; hand it over first.</source>
        <translation>值班人：{operator} 的班次 {number} 尚未交班；请先交班。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Vehicles: enter how many cars paid, at least 1.</source>
        <translation>车辆数：请输入收费车辆数，至少 1。</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>End: the shift can not end before it started.</source>
        <translation>结束：班次结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>Space code</source>
        <translation>车位编号</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Type: choose owned, rented or visitor.</source>
        <translation>类型：请选择产权、租赁或临时。</translation>
    </message>
    <message>
        <source>Unit: an owned space belongs to a unit; choose it.</source>
        <translation>房号：产权车位须属于某一房屋，请选择。</translation>
    </message>
    <message>
        <source>Space code: {code} is already used.</source>
        <translation>车位编号：{code} 已被使用。</translation>
    </message>
    <message>
        <source>In use: space {code} is rented until {end}; end the rental before taking the space out of use.</source>
        <translation>使用中：车位 {code} 出租至 {end}；请先结束租用，再停用车位。</translation>
    </message>
    <message>
        <source>Monthly price: enter an amount in yuan, e.g. 300.</source>
        <translation>月单价：请输入金额（元），如 300。</translation>
    </message>
    <message>
        <source>Fee item: choose a parking fee item.</source>
        <translation>收费项目：请选择车位类收费项目。</translation>
    </message>
    <message>
        <source>Space: {code} is out of use; put it back in use first.</source>
        <translation>车位：{code} 已停用；请先恢复使用。</translation>
    </message>
    <message>
        <source>Space: {code} is a visitor space, not rented out.</source>
        <translation>车位：{code} 是临时车位，不出租。</translation>
    </message>
    <message>
        <source>Space: {code} is used by unit {unit} until {end}; end that first.</source>
        <translation>车位：{code} 由 {unit} 使用至 {end}；请先终止该租用。</translation>
    </message>
    <message>
        <source>Start date: unit {unit} already starts {item} on {day} (space {other}); start this space a day later or use another parking fee item.</source>
        <translation>起始日期：{unit} 已于 {day} 开始计收 {item}（车位 {other}）；请将本车位推迟一天起算或使用其他车位收费项目。</translation>
    </message>
    <message>
        <source>Out: the car can not leave before it came in.</source>
        <translation>出场：出场时间不能早于入场时间。</translation>
    </message>
    <message>
        <source>Out: a stay of more than a year is not a visit.</source>
        <translation>出场：停放超过一年，不属于临时停车。</translation>
    </message>
    <message>
        <source>Night hours: enter times as HH:MM, e.g. 20:00.</source>
        <translation>夜间时段：请按 时:分 输入，如 20:00。</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>每小时单价</translation>
    </message>
    <message>
        <source>Night hours: give both the start and the end, and make them differ.</source>
        <translation>夜间时段：请同时填写开始和结束时间，且两者不同。</translation>
    </message>
    <message>
        <source>Night price per hour</source>
        <translation>夜间每小时单价</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日封顶</translation>
    </message>
    <message>
        <source>Free minutes: enter 0 to 1440.</source>
        <translation>免费分钟数：请输入 0 至 1440。</translation>
    </message>
    <message>
        <source>Effective from: a tariff already starts on {day}; tariffs are final, choose another date.</source>
        <translation>生效日期：已有收费标准自 {day} 起生效；收费标准不可修改，请选择其他日期。</translation>
    </message>
    <message>
        <source>In: no parking tariff is in force on {day}; enter the tariff first.</source>
        <translation>入场：{day} 没有生效的临停收费标准；请先录入收费标准。</translation>
    </message>
    <message>
        <source>Date: {month} is closed (月结); date it in an open month, or ask the administrator to reopen {month}.</source>
        <translation>日期：{month} 已月结；请记在未月结的月份，或请管理员反月结 {month}。</translation>
    </message>
    <message>
        <source>Renovation {number}: only an approved one has fees to collect.</source>
        <translation>装修 {number}：只有已批准的装修才有待收费用。</translation>
    </message>
    <message>
        <source>Renovation {number}: everything is paid already.</source>
        <translation>装修 {number}：费用已全部收齐。</translation>
    </message>
    <message>
        <source>Refund method: choose how the money is paid back.</source>
        <translation>退款方式：请选择退款方式。</translation>
    </message>
    <message>
        <source>Deduction reason</source>
        <translation>扣款事由</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款金额</translation>
    </message>
    <message>
        <source>Renovation {number}: the deposit is settled after completion acceptance.</source>
        <translation>装修 {number}：竣工验收后才能结算押金。</translation>
    </message>
    <message>
        <source>Deductions: {kept} is more than the deposit paid, {held}.</source>
        <translation>扣款：{kept} 超过了已交押金 {held}。</translation>
    </message>
    <message>
        <source>Renovation {number}: the deposit is not settled yet.</source>
        <translation>装修 {number}：押金尚未结算。</translation>
    </message>
    <message>
        <source>Guests, number and arrival time confirmed</source>
        <translation>确认来宾单位、人数及到达时间</translation>
    </message>
    <message>
        <source>Reception room booked and cleaned</source>
        <translation>预订并清洁接待室</translation>
    </message>
    <message>
        <source>Tea, water and cups ready</source>
        <translation>准备茶水及杯具</translation>
    </message>
    <message>
        <source>Brochures and materials ready</source>
        <translation>准备宣传册及资料</translation>
    </message>
    <message>
        <source>Projector, sound and lights tested</source>
        <translation>调试投影、音响及灯光</translation>
    </message>
    <message>
        <source>Parking spaces and gate told</source>
        <translation>预留车位并通知门岗</translation>
    </message>
    <message>
        <source>Guide and visiting route arranged</source>
        <translation>安排引导人员及参观路线</translation>
    </message>
    <message>
        <source>Guests met at the entrance</source>
        <translation>在入口迎接来宾</translation>
    </message>
    <message>
        <source>Notes of the meeting taken</source>
        <translation>做好会议记录</translation>
    </message>
    <message>
        <source>Room tidied after the visit</source>
        <translation>会后整理会场</translation>
    </message>
    <message>
        <source>ID number: enter the ID's digits (at least its last four), or leave empty.</source>
        <translation>证件号码：请输入证件号（至少后四位），或留空。</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>People: enter how many came, 1 to 200.</source>
        <translation>人数：请输入 1 至 200。</translation>
    </message>
    <message>
        <source>This visitor has already left; refresh the list.</source>
        <translation>该访客已离开，请刷新列表。</translation>
    </message>
    <message>
        <source>Left at: it cannot be before the visitor came in.</source>
        <translation>离开时间：不能早于进入时间。</translation>
    </message>
    <message>
        <source>Guests from</source>
        <translation>来宾单位</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Guests: enter how many are coming, 1 to 500.</source>
        <translation>来宾人数：请输入 1 至 500。</translation>
    </message>
    <message>
        <source>This reception is already finished or cancelled.</source>
        <translation>该接待已完成或已取消。</translation>
    </message>
    <message>
        <source>Checklist: {n} items are not ticked yet; tick them or cancel.</source>
        <translation>接待准备清单：还有 {n} 项未勾选，请勾选或取消接待。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Staff appraisal</source>
        <translation>岗位考核</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>应收费用</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>社区文化活动</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>费用报销</translation>
    </message>
    <message>
        <source>Fee assignments</source>
        <translation>收费标准分配</translation>
    </message>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Fee rates</source>
        <translation>收费单价</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>入伙交房</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>Invoice books</source>
        <translation>发票本</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>Mail and parcels</source>
        <translation>邮件收发</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>产权关系</translation>
    </message>
    <message>
        <source>Parking rentals</source>
        <translation>车位租用</translation>
    </message>
    <message>
        <source>Parking shifts</source>
        <translation>停车班次</translation>
    </message>
    <message>
        <source>Parking spaces</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Parking tariffs</source>
        <translation>临停收费标准</translation>
    </message>
    <message>
        <source>Parking visits</source>
        <translation>临停记录</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Move-out permits</source>
        <translation>放行条</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>来宾接待</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>催费记录</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>公摊费用</translation>
    </message>
    <message>
        <source>Stock documents</source>
        <translation>出入库单据</translation>
    </message>
    <message>
        <source>Stock items</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>空置房</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Appraisal: buildings assigned</source>
        <translation>岗位考核：分配楼栋</translation>
    </message>
    <message>
        <source>Appraisal confirmed</source>
        <translation>岗位考核确认</translation>
    </message>
    <message>
        <source>Appraisal saved</source>
        <translation>岗位考核保存</translation>
    </message>
    <message>
        <source>Archive exported with full personal data</source>
        <translation>导出档案（含完整个人信息）</translation>
    </message>
    <message>
        <source>Archive imported</source>
        <translation>档案导入</translation>
    </message>
    <message>
        <source>Full personal data viewed</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Bills generated</source>
        <translation>生成账单</translation>
    </message>
    <message>
        <source>Building created</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>Charge waived</source>
        <translation>费用减免</translation>
    </message>
    <message>
        <source>Estate created</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <source>Complaint classified</source>
        <translation>投诉定性</translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <source>Complaint: owner given feedback</source>
        <translation>投诉反馈业主</translation>
    </message>
    <message>
        <source>Complaint: handling noted</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Complaint reported to head office</source>
        <translation>投诉上报总公司</translation>
    </message>
    <message>
        <source>Complaint: return visit</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Entrance created</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>Event cancelled</source>
        <translation>活动取消</translation>
    </message>
    <message>
        <source>Event held</source>
        <translation>活动举办</translation>
    </message>
    <message>
        <source>Event planned</source>
        <translation>活动计划</translation>
    </message>
    <message>
        <source>Expense claim approved</source>
        <translation>报销批准</translation>
    </message>
    <message>
        <source>Expense claim paid</source>
        <translation>报销付款</translation>
    </message>
    <message>
        <source>Expense claim returned</source>
        <translation>报销退回</translation>
    </message>
    <message>
        <source>Expense claim submitted</source>
        <translation>提交报销</translation>
    </message>
    <message>
        <source>Fee assignment ended</source>
        <translation>停止收费</translation>
    </message>
    <message>
        <source>Fee item assigned</source>
        <translation>分配收费项目</translation>
    </message>
    <message>
        <source>Fee item created</source>
        <translation>新建收费项目</translation>
    </message>
    <message>
        <source>Fee rate set</source>
        <translation>设置收费单价</translation>
    </message>
    <message>
        <source>Handover form corrected</source>
        <translation>更正入伙交房单</translation>
    </message>
    <message>
        <source>Handover recorded</source>
        <translation>入伙交房</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>删除节假日</translation>
    </message>
    <message>
        <source>Holiday set</source>
        <translation>设置节假日</translation>
    </message>
    <message>
        <source>Incident: action taken</source>
        <translation>紧急事件处置</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>紧急事件结案</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>登记紧急事件</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>紧急事件上报</translation>
    </message>
    <message>
        <source>Invoice book issued</source>
        <translation>发票本领用</translation>
    </message>
    <message>
        <source>Invoice book received</source>
        <translation>发票本入库</translation>
    </message>
    <message>
        <source>Invoice book returned</source>
        <translation>发票本交回</translation>
    </message>
    <message>
        <source>Invoice book written off</source>
        <translation>发票本核销</translation>
    </message>
    <message>
        <source>Invoice numbers returned</source>
        <translation>发票号码退回</translation>
    </message>
    <message>
        <source>Invoice numbers used</source>
        <translation>发票号码使用</translation>
    </message>
    <message>
        <source>Invoice numbers voided</source>
        <translation>发票号码作废</translation>
    </message>
    <message>
        <source>Late fee waived</source>
        <translation>减免违约金</translation>
    </message>
    <message>
        <source>Mail collected</source>
        <translation>邮件领取</translation>
    </message>
    <message>
        <source>Addressee notified</source>
        <translation>通知收件人</translation>
    </message>
    <message>
        <source>Mail received</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <source>Mail returned</source>
        <translation>邮件退回</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>发件登记</translation>
    </message>
    <message>
        <source>Meter read</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Month reopened</source>
        <translation>反月结</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>发布公告</translation>
    </message>
    <message>
        <source>Notice posted</source>
        <translation>公告张贴</translation>
    </message>
    <message>
        <source>Notice taken down</source>
        <translation>公告撤下</translation>
    </message>
    <message>
        <source>Owner created</source>
        <translation>新建业主</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>修改业主</translation>
    </message>
    <message>
        <source>Ownership ended</source>
        <translation>产权终止</translation>
    </message>
    <message>
        <source>Ownership started</source>
        <translation>产权登记</translation>
    </message>
    <message>
        <source>Parking space rented</source>
        <translation>车位出租</translation>
    </message>
    <message>
        <source>Parking rental ended</source>
        <translation>车位租用终止</translation>
    </message>
    <message>
        <source>Parking shift handed over</source>
        <translation>停车交班</translation>
    </message>
    <message>
        <source>Parking shift opened</source>
        <translation>停车接班</translation>
    </message>
    <message>
        <source>Parking space created</source>
        <translation>新建车位</translation>
    </message>
    <message>
        <source>Parking space changed</source>
        <translation>修改车位</translation>
    </message>
    <message>
        <source>Parking tariff set</source>
        <translation>设置临停收费标准</translation>
    </message>
    <message>
        <source>Parking visit recorded</source>
        <translation>登记临停</translation>
    </message>
    <message>
        <source>Parking takings entered</source>
        <translation>录入临停收入</translation>
    </message>
    <message>
        <source>Payments imported</source>
        <translation>导入收款</translation>
    </message>
    <message>
        <source>Move-out permit cancelled</source>
        <translation>放行条作废</translation>
    </message>
    <message>
        <source>Move-out permit used at the gate</source>
        <translation>放行条出门核验</translation>
    </message>
    <message>
        <source>Move-out permit issued</source>
        <translation>开具放行条</translation>
    </message>
    <message>
        <source>Move-out permit issued despite arrears</source>
        <translation>欠费强制开具放行条</translation>
    </message>
    <message>
        <source>Meter readings imported</source>
        <translation>导入抄表</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>开具收据</translation>
    </message>
    <message>
        <source>Receipts issued in bulk</source>
        <translation>批量开具收据</translation>
    </message>
    <message>
        <source>Receipt reprinted</source>
        <translation>补打收据</translation>
    </message>
    <message>
        <source>Receipt voided</source>
        <translation>收据作废</translation>
    </message>
    <message>
        <source>Reception cancelled</source>
        <translation>接待取消</translation>
    </message>
    <message>
        <source>Reception checklist</source>
        <translation>接待准备清单</translation>
    </message>
    <message>
        <source>Reception finished</source>
        <translation>接待完成</translation>
    </message>
    <message>
        <source>Reception scheduled</source>
        <translation>安排接待</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Payment reminder recorded</source>
        <translation>登记催费</translation>
    </message>
    <message>
        <source>Renovation accepted</source>
        <translation>装修验收</translation>
    </message>
    <message>
        <source>Renovation applied for</source>
        <translation>装修申请</translation>
    </message>
    <message>
        <source>Renovation approved</source>
        <translation>装修审批通过</translation>
    </message>
    <message>
        <source>Renovation inspected</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Renovation permit issued</source>
        <translation>发放装修许可证</translation>
    </message>
    <message>
        <source>Renovation defects put right</source>
        <translation>装修整改完成</translation>
    </message>
    <message>
        <source>Renovation rejected</source>
        <translation>装修申请驳回</translation>
    </message>
    <message>
        <source>Renovation deposit settled</source>
        <translation>装修押金结算</translation>
    </message>
    <message>
        <source>Repair cancelled</source>
        <translation>报修取消</translation>
    </message>
    <message>
        <source>Repair charged to the owner</source>
        <translation>维修收费</translation>
    </message>
    <message>
        <source>Repair closed</source>
        <translation>报修关闭</translation>
    </message>
    <message>
        <source>Repair completed</source>
        <translation>维修完工</translation>
    </message>
    <message>
        <source>Repair dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Repair under way</source>
        <translation>维修处理中</translation>
    </message>
    <message>
        <source>Repair materials</source>
        <translation>维修用料</translation>
    </message>
    <message>
        <source>Repair registered</source>
        <translation>登记报修</translation>
    </message>
    <message>
        <source>Repair: return visit</source>
        <translation>报修回访</translation>
    </message>
    <message>
        <source>Resident added</source>
        <translation>添加住户</translation>
    </message>
    <message>
        <source>Resident moved out</source>
        <translation>住户迁出</translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation>修改住户</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Shared cost set</source>
        <translation>设置公摊费用</translation>
    </message>
    <message>
        <source>Stock document drafted</source>
        <translation>新建出入库单</translation>
    </message>
    <message>
        <source>Stock document draft deleted</source>
        <translation>删除出入库单草稿</translation>
    </message>
    <message>
        <source>Stock document posted</source>
        <translation>出入库单过账</translation>
    </message>
    <message>
        <source>Stock document draft changed</source>
        <translation>修改出入库单草稿</translation>
    </message>
    <message>
        <source>Stock item created</source>
        <translation>新建物料</translation>
    </message>
    <message>
        <source>Stock item changed</source>
        <translation>修改物料</translation>
    </message>
    <message>
        <source>Stocktake cancelled</source>
        <translation>盘点取消</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Supplier created</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>Supplier changed</source>
        <translation>修改供应商</translation>
    </message>
    <message>
        <source>Survey: improvement planned</source>
        <translation>满意度调查：制定整改措施</translation>
    </message>
    <message>
        <source>Survey: improvement done</source>
        <translation>满意度调查：整改完成</translation>
    </message>
    <message>
        <source>Survey answers imported</source>
        <translation>导入问卷答卷</translation>
    </message>
    <message>
        <source>Survey answer entered</source>
        <translation>录入问卷答卷</translation>
    </message>
    <message>
        <source>Survey round started</source>
        <translation>发起满意度调查</translation>
    </message>
    <message>
        <source>Survey template saved</source>
        <translation>保存问卷模板</translation>
    </message>
    <message>
        <source>Sync set up</source>
        <translation>配置同步</translation>
    </message>
    <message>
        <source>Everything sent to head office again</source>
        <translation>全部重新上传总部</translation>
    </message>
    <message>
        <source>Sync resumed</source>
        <translation>恢复同步</translation>
    </message>
    <message>
        <source>Unit created</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>Unit handed over</source>
        <translation>房屋交付</translation>
    </message>
    <message>
        <source>Unit status changed</source>
        <translation>房屋状态变更</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>修改房屋</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>多次登录失败，账号锁定</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Vacant unit inspected</source>
        <translation>空置房巡查</translation>
    </message>
    <message>
        <source>Vacancy notice recorded</source>
        <translation>登记空置通知</translation>
    </message>
    <message>
        <source>Vacancy notice ended</source>
        <translation>空置通知终止</translation>
    </message>
    <message>
        <source>Vehicle added</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <source>Visitor arrived</source>
        <translation>访客到访</translation>
    </message>
    <message>
        <source>Visitor left</source>
        <translation>访客离开</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>Checking and compressing the copy…</source>
        <translation>正在检查并压缩副本…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>正在检查副本…</translation>
    </message>
    <message>
        <source>Verifying the backup file…</source>
        <translation>正在校验备份文件…</translation>
    </message>
    <message>
        <source>Unpacking the backup…</source>
        <translation>正在解压备份…</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Backup of {office} made {when} ({reason}): {units} units, {owners} owners, {receipts} receipts; the last receipt is {number}.</source>
        <translation>{office} 的备份，制作于 {when}（{reason}）：房屋 {units} 户，业主 {owners} 人，收据 {receipts} 张；最后一张收据为 {number}。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restore this backup? What was entered after it is not in it. The damaged file is kept beside the database, unchanged, for head office IT.</source>
        <translation>恢复这个备份吗？备份之后录入的内容不在其中。损坏的文件会原样保留在数据库旁边，供总部 IT 检查。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>恢复此备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {path}.</source>
        <translation>备份已恢复。损坏的文件已保留为 {path}。</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>No backup of this office was found in {folder}. The damaged file was left untouched; call head office IT.</source>
        <translation>在 {folder} 中没有找到本服务中心的备份。损坏的文件未被改动；请联系总部 IT。</translation>
    </message>
    <message>
        <source>Backing up the office database…</source>
        <translation>正在备份数据库…</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>This computer's SQLite library is version {found}; PropDesk needs {needed} or newer. Install the current PropDesk package, which ships its own.</source>
        <translation>本机的 SQLite 版本为 {found}，物业客服台需要 {needed} 或更新版本。请安装最新的物业客服台安装包（自带 SQLite）。</translation>
    </message>
    <message>
        <source>The office database {path} is damaged ({detail}). It was left untouched. Restore the newest backup or call head office IT.</source>
        <translation>数据库文件 {path} 已损坏（{detail}），程序没有改动它。请恢复最近的备份，或联系总部信息部门。</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program.</source>
        <translation>{path} 是其他程序的 SQLite 文件，不是物业客服台的数据库。</translation>
    </message>
    <message>
        <source>The office database {path} was written by a newer PropDesk (schema {found}; this program knows up to {known}). Install the newer version; the file was not changed.</source>
        <translation>数据库文件 {path} 由更新版本的物业客服台写入（数据结构版本 {found}，本程序最高支持 {known}）。请安装新版本；文件未被改动。</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>A demo office has between {minimum} and {maximum} units, not {units}.</source>
        <translation>演示小区的房屋数须在 {minimum} 到 {maximum} 之间，不能是 {units}。</translation>
    </message>
    <message>
        <source>The database already holds an office; use a new file for the demo.</source>
        <translation>该数据库已有服务中心数据，请为演示另建新文件。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>PropDesk hit an unexpected problem and stopped this action.</source>
        <translation>物业客服台遇到意外问题，已停止本次操作。</translation>
    </message>
    <message>
        <source>Nothing half-done was saved: the action was rolled back. You can keep working.
Details were written to the log file:
{path}</source>
        <translation>没有保存任何未完成的数据：本次操作已整体撤销，您可以继续工作。
详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>Festival</source>
        <translation>节日庆典</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>文体比赛</translation>
    </message>
    <message>
        <source>Talks and culture</source>
        <translation>文化讲座</translation>
    </message>
    <message>
        <source>Parents and children</source>
        <translation>亲子活动</translation>
    </message>
    <message>
        <source>Care for the elderly</source>
        <translation>敬老关爱</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>志愿公益</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
</context>
<context>
    <name>expenses</name>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通费</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>通讯费</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>招待费</translation>
    </message>
    <message>
        <source>Repair materials</source>
        <translation>维修材料</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>邮寄费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, to pay</source>
        <translation>已批准，待付款</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>工作表“{sheet}”第 {row} 行，“{column}”列：{problem}</translation>
    </message>
    <message>
        <source>The file has none of the sheets {sheets}. Start from the import template.</source>
        <translation>文件中没有 {sheets} 中的任何工作表。请从导入模板开始填写。</translation>
    </message>
    <message>
        <source>The header row has no column {name}. Copy the header from the import template.</source>
        <translation>表头行缺少“{name}”列。请从导入模板复制表头。</translation>
    </message>
    <message>
        <source>This cell is required; fill it in.</source>
        <translation>此项必填，请填写。</translation>
    </message>
    <message>
        <source>{value} is not valid: {reason}.</source>
        <translation>“{value}”无效：{reason}。</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}.</source>
        <translation>“{value}”不是可选值（{choices}）之一。</translation>
    </message>
    <message>
        <source>There is no building {value}. Use the name or code of an existing building, or add the building first.</source>
        <translation>没有楼栋“{value}”。请填写已有楼栋的名称或编码，或先添加该楼栋。</translation>
    </message>
    <message>
        <source>{value} matches buildings of several communities. Use the building's code.</source>
        <translation>“{value}”对应多个小区的楼栋，请填写楼栋编码。</translation>
    </message>
    <message>
        <source>{value} is already on row {first} of this sheet; list it once.</source>
        <translation>“{value}”已在本表第 {first} 行出现，只能填写一次。</translation>
    </message>
    <message>
        <source>The unit {value} is already in the archive.</source>
        <translation>房屋 {value} 已在档案中。</translation>
    </message>
    <message>
        <source>There is no unit {value} in the sheet {units_sheet} or in the archive.</source>
        <translation>“{units_sheet}”表和档案中都没有房屋 {value}。</translation>
    </message>
    <message>
        <source>The unit {value} already has an owner in the archive. Record the change of owner in the program instead.</source>
        <translation>房屋 {value} 在档案中已有业主。请在程序中办理业主变更（过户）。</translation>
    </message>
    <message>
        <source>An owner with the ID number {value} is already in the archive.</source>
        <translation>证件号码为 {value} 的业主已在档案中。</translation>
    </message>
    <message>
        <source>The plate {value} is already registered.</source>
        <translation>车牌号 {value} 已登记。</translation>
    </message>
    <message>
        <source>No owner with {value} in the sheet {owners_sheet} or in the archive.</source>
        <translation>“{owners_sheet}”表和档案中都没有与 {value} 对应的业主。</translation>
    </message>
    <message>
        <source>Several owners have the phone {value}. Give the owner's ID number instead.</source>
        <translation>有多位业主使用电话 {value}，请改填业主证件号码。</translation>
    </message>
    <message>
        <source>The inner area {value} is larger than the gross area {gross}.</source>
        <translation>套内面积 {value} 大于建筑面积 {gross}。</translation>
    </message>
    <message>
        <source>The lease ends on {value}, before it starts on {start}.</source>
        <translation>租期结束日 {value} 早于开始日 {start}。</translation>
    </message>
    <message>
        <source>Excel stored this ID number as a number and lost digits. Format the column as text and type the number again.</source>
        <translation>Excel 把证件号码存成了数字，末几位已丢失。请把该列设为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>At most {maximum} characters.</source>
        <translation>最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) that can be read: {detail}</source>
        <translation>{path} 不是可读取的 Excel 工作簿（.xlsx）：{detail}</translation>
    </message>
    <message>
        <source>There is no unit {value}. Write the unit code as the program shows it, e.g. 3-2-1201.</source>
        <translation>没有房屋 {value}。请按程序中显示的房号填写，如 3-2-1201。</translation>
    </message>
    <message>
        <source>The reference {value} was already taken in (receipt {receipt}); a payment is imported once. Delete this row.</source>
        <translation>交易流水号 {value} 已入账（收据 {receipt}），同一笔款项只能导入一次。请删除这一行。</translation>
    </message>
    <message>
        <source>Excel stored this reference as a number and lost digits. Format the column as text and type the reference again.</source>
        <translation>Excel 把交易流水号存成了数字，末几位已丢失。请把该列设为文本格式后重新输入流水号。</translation>
    </message>
    <message>
        <source>The date {value} is after today; write the day the money arrived.</source>
        <translation>日期 {value} 晚于今天，请填写实际到账日期。</translation>
    </message>
    <message>
        <source>The day {value} is already closed (日结); no more receipts can be issued on it. Ask the manager.</source>
        <translation>{value} 已日结，不能再开具该日的收据。请联系经理。</translation>
    </message>
    <message>
        <source>This payment was refused: {problem}</source>
        <translation>该笔缴费被拒绝：{problem}</translation>
    </message>
    <message>
        <source>There is no fee item {value} read from a meter; write one of {choices}.</source>
        <translation>没有按表计费的收费项目 {value}；请写 {choices} 之一。</translation>
    </message>
    <message>
        <source>The unit {unit} does not pay {item} in {period}; assign the item to it first.</source>
        <translation>房屋 {unit} 在 {period} 不收 {item}；请先给它分配该收费项目。</translation>
    </message>
    <message>
        <source>{value} is not a month; write it like 2026-11.</source>
        <translation>{value} 不是月份；请写成 2026-11 这样。</translation>
    </message>
    <message>
        <source>The month {value} is closed (月结); its readings can't change any more.</source>
        <translation>{value} 已月结，读数不能再改。</translation>
    </message>
    <message>
        <source>{item} of {period} is already billed from this unit's reading {billed}; correct it with an adjustment instead.</source>
        <translation>{period} 的{item}已按该房屋的读数出账（用量 {billed}）；请改用调整来更正。</translation>
    </message>
    <message>
        <source>The reading {value} is below the last reading {last} ({period}). Check the meter, or write 是 in the column {change} if the meter was replaced.</source>
        <translation>读数 {value} 低于上次读数 {last}（{period}）。请核对水表；如已换表，请在“{change}”列写 是。</translation>
    </message>
    <message>
        <source>The reading {value} is below the new meter's first reading {start}.</source>
        <translation>读数 {value} 低于新表起数 {start}。</translation>
    </message>
    <message>
        <source>A first reading is only for a new meter: write 是 in the column {change}.</source>
        <translation>新表起数只用于换表：请在“{change}”列写 是。</translation>
    </message>
    <message>
        <source>The date {value} is after today.</source>
        <translation>日期 {value} 晚于今天。</translation>
    </message>
    <message>
        <source>This reading was refused: {problem}</source>
        <translation>该读数被拒绝：{problem}</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <source>Database already open</source>
        <translation>数据库已被打开</translation>
    </message>
    <message>
        <source>The office database {path} is already open in PropDesk on {host} (user {user}, process {pid}). Only one PropDesk at a time may use it: close it there and start again. If that computer crashed, restart it, or ask head office IT to remove {lock}.</source>
        <translation>数据库 {path} 已在电脑 {host} 上由物业客服台打开（用户 {user}，进程 {pid}）。同一时间只能有一个物业客服台使用它：请先在那里关闭后再启动。如果那台电脑已死机，请重启它，或请总部 IT 删除 {lock}。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>车库</translation>
    </message>
    <message>
        <source>Storage room</source>
        <translation>储藏室</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao travel permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>按面积</translation>
    </message>
    <message>
        <source>Fixed per unit</source>
        <translation>按户定额</translation>
    </message>
    <message>
        <source>Metered</source>
        <translation>按表计量</translation>
    </message>
    <message>
        <source>Shared by area</source>
        <translation>按面积公摊</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Archives</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Office affairs</source>
        <translation>事务</translation>
    </message>
</context>
<context>
    <name>parking</name>
    <message>
        <source>Owned</source>
        <translation>产权</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交班</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>单车</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print receipt</source>
        <translation>打印收据</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>收据另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Service assistant</source>
        <translation>客服助理</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>内勤/收银</translation>
    </message>
    <message>
        <source>Warehouse keeper</source>
        <translation>仓管</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全秩序</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Waterproofing</source>
        <translation>防水</translation>
    </message>
    <message>
        <source>Electrical wiring</source>
        <translation>电气管线</translation>
    </message>
    <message>
        <source>Water supply and drainage</source>
        <translation>给排水</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备安装</translation>
    </message>
    <message>
        <source>Fit-out</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Heating and cooling</source>
        <translation>供热与供冷</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>地基基础和主体结构</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发商</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <source>Flooding</source>
        <translation>水浸</translation>
    </message>
    <message>
        <source>Power or water cut</source>
        <translation>停电停水</translation>
    </message>
    <message>
        <source>People trapped in a lift</source>
        <translation>电梯困人</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>治安</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Waiting for feedback</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈业主</translation>
    </message>
    <message>
        <source>Reported to head office</source>
        <translation>已上报总公司</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通/拒答</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Creating the demo office…</source>
        <translation>正在创建演示小区…</translation>
    </message>
    <message>
        <source>Demo office: log in as admin, password demo1234</source>
        <translation>演示库：用户名 admin，密码 demo1234</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <source>Stock in</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Stock out</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>采购入库</translation>
    </message>
    <message>
        <source>Returned to store</source>
        <translation>退库</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>领用出库</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Preparing {title}…</source>
        <translation>正在生成 {title}…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The report was saved to {file}.</source>
        <translation>报表已保存到 {file}。</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Server: give the head-office address, e.g. https://sync.example.com.</source>
        <translation>总部地址：请填写总部的地址，例如 https://sync.example.com。</translation>
    </message>
    <message>
        <source>Office code: 1 to 32 letters, digits, '-' or '_', as head office enrolled it.</source>
        <translation>办公室代码：1 至 32 个字母、数字、“-”或“_”，与总部登记的一致。</translation>
    </message>
    <message>
        <source>Token: paste the whole token head office printed when it enrolled you.</source>
        <translation>令牌：请粘贴总部登记时打印的完整令牌。</translation>
    </message>
    <message>
        <source>Send everything again: only after head office IT accepted this restored database and sync reports that head office waits for everything.</source>
        <translation>重新上传全部：须在总部信息部门接受了这个恢复的数据库、且同步显示总部正等待全部数据之后才能进行。</translation>
    </message>
    <message>
        <source>Sync is not configured: enter head office's address, the office code and the token (系统 → 同步, or `sync configure`).</source>
        <translation>尚未配置同步：请填写总部地址、办公室代码和令牌（“同步”页，或 `sync configure`）。</translation>
    </message>
    <message>
        <source>the sync token is missing on this computer: enter it under 同步 → Configure</source>
        <translation>本机缺少同步令牌：请在“同步”→“配置”中重新填写</translation>
    </message>
    <message>
        <source>head office refused the token: ask head office IT for a new one and enter it under 同步 → Configure</source>
        <translation>总部拒绝了令牌：请向总部信息部门索取新令牌，并在“同步”→“配置”中填写</translation>
    </message>
    <message>
        <source>this database was restored from a backup or copied: head office keeps the newer data. Ask head office IT to accept the restored database, then press Resume</source>
        <translation>此数据库是从备份恢复或复制来的：总部保留着较新的数据。请总部信息部门接受恢复的数据库，然后点“问题解决后恢复同步”</translation>
    </message>
    <message>
        <source>head office accepted this restored database and waits for all of it: press Send everything again</source>
        <translation>总部已接受恢复的数据库，正等待全部数据：请点“重新上传全部”</translation>
    </message>
    <message>
        <source>head office holds more of this office's changes than this file: it was restored or copied. Ask head office IT</source>
        <translation>总部保存的本办公室变更多于本文件：本文件是恢复或复制而来。请联系总部信息部门</translation>
    </message>
    <message>
        <source>head office lost changes it had confirmed (restored on its side?). Ask head office IT</source>
        <translation>总部丢失了已确认的变更（总部做过恢复？）。请联系总部信息部门</translation>
    </message>
    <message>
        <source>another copy of this database has been sending under the same office code. Ask head office IT</source>
        <translation>另一份本数据库的副本正以同一办公室代码发送数据。请联系总部信息部门</translation>
    </message>
    <message>
        <source>head office does not know this program version yet: update it</source>
        <translation>总部尚不支持本程序版本：请升级</translation>
    </message>
    <message>
        <source>head office refused the data; the sync log has the details</source>
        <translation>总部拒收了数据；详情见同步日志</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>未配置同步</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>{n} changes to upload (oldest {age})</source>
        <translation>{n} 条待上传（最早 {age}）</translation>
    </message>
    <message>
        <source>Offline, retrying in {s} s ({n} waiting)</source>
        <translation>离线，{s} 秒后重试（{n} 条待上传）</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>需要处理：{reason}</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>not a whole number from -9 to 200</source>
        <translation>不是 -9 至 200 之间的整数</translation>
    </message>
    <message>
        <source>4 to 30 letters and digits, without spaces</source>
        <translation>4 至 30 位字母或数字，不含空格</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>larger than {maximum} yuan</source>
        <translation>超过 {maximum} 元</translation>
    </message>
    <message>
        <source>the area must be above zero</source>
        <translation>面积必须大于零</translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <source>larger than {maximum} ㎡</source>
        <translation>超过 {maximum} ㎡</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>not a date (write it like 2024-01-05)</source>
        <translation>不是日期（请写成 2024-01-05）</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>日历上没有这一天</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last}</source>
        <translation>年份须在 {first} 至 {last} 之间</translation>
    </message>
    <message>
        <source>an ID number has 18 characters, not {length}</source>
        <translation>身份证号码应为 18 位，不是 {length} 位</translation>
    </message>
    <message>
        <source>only digits, and X as the last character</source>
        <translation>只能是数字，末位可以是 X</translation>
    </message>
    <message>
        <source>the region code is not valid</source>
        <translation>地区码无效</translation>
    </message>
    <message>
        <source>the birth date is not valid</source>
        <translation>出生日期无效</translation>
    </message>
    <message>
        <source>the check digit should be {expected}</source>
        <translation>校验位应为 {expected}</translation>
    </message>
    <message>
        <source>a credit code has 18 characters, not {length}</source>
        <translation>统一社会信用代码应为 18 位，不是 {length} 位</translation>
    </message>
    <message>
        <source>only digits and capital letters except I, O, S, V, Z</source>
        <translation>只能是数字和大写字母（不含 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>the check character should be {expected}</source>
        <translation>校验码应为 {expected}</translation>
    </message>
    <message>
        <source>not a mobile number (11 digits) or a landline with its area code</source>
        <translation>不是手机号码（11 位），也不是带区号的固定电话</translation>
    </message>
    <message>
        <source>not a plate: a province character, a letter, then 5 characters (6 for new-energy cars)</source>
        <translation>不是车牌：省份简称、一个字母，再加 5 位（新能源车 6 位）</translation>
    </message>
    <message>
        <source>a reading from 0 to {maximum}</source>
        <translation>应为 0 到 {maximum} 之间的读数</translation>
    </message>
</context>
</TS>