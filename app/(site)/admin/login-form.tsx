// The login form: a plain POST (works without JavaScript) with a signed, expiring form token.
export function LoginForm({ mode, formToken }: { mode: 'token' | 'password'; formToken: string }) {
  return (
    <form method="post" action="/api/admin/login" className="panel admin-form">
      <h2>登录</h2>
      <input type="hidden" name="csrf" value={formToken} />
      <label htmlFor="admin-secret">{mode === 'token' ? '管理令牌（ADMIN_TOKEN）' : '管理密码'}</label>
      <input id="admin-secret" name="secret" type="password" autoComplete="current-password" required />
      <button type="submit">登录</button>
      <p className="muted small">连续失败 5 次后，该地址将被锁定 15 分钟。</p>
    </form>
  );
}
