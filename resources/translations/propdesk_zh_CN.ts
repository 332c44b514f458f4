<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>ArchivePage</name>
    <message>
        <source>Unit code or room number, e.g. 3-2-1502</source>
        <translation>房号或房间号，如 3-2-1502</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
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
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
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
        <source>Today is {date}</source>
        <translation>今天是 {date}</translation>
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
        <source>Sync: not set up</source>
        <translation>同步：未配置</translation>
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
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save office name</source>
        <translation>保存名称(&amp;S)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The office name was saved.</source>
        <translation>服务中心名称已保存。</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>新的界面语言在下次启动时生效。</translation>
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
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
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
    <name>app</name>
    <message>
        <source>Username: use 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (for example wangli).</source>
        <translation>用户名：请用 2–32 个字母、数字、“.”、“_”或“-”（例如 wangli）。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name (at most 40 characters).</source>
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
        <source>You can&apos;t disable or demote your own account.</source>
        <translation>不能停用自己的账号，也不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>{user} may not do this (needs the permission &quot;{capability}&quot;). Ask the office manager or administrator.</source>
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
        <source>{label}: {problem}.</source>
        <translation>{label}：{problem}。</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>This computer&apos;s SQLite library is version {found}; PropDesk needs {needed} or newer. Install the current PropDesk package, which ships its own.</source>
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
        <source>{module}: this module is not built yet in this version of PropDesk.</source>
        <translation>{module}：本版本的物业客服台尚未包含此模块。</translation>
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
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
