"""`client.enterprise`: enterprise-level operations: organizations, consumption and billing reports.

The one-line methods take the generated operation's arguments (see `help()` on it) and return
its generated model; bodies are the generated request models. `generate_billing_report` waits,
by default, until the report is COMPLETED; `wait_for_billing_report` resumes such a wait.
"""

from .._async._raw import AsyncEnterpriseWithRawResponse
from .._async.enterprise import AsyncEnterprise
from .._sync._raw import EnterpriseWithRawResponse
from .._sync.enterprise import Enterprise

__all__ = ["AsyncEnterprise", "AsyncEnterpriseWithRawResponse", "Enterprise", "EnterpriseWithRawResponse"]
