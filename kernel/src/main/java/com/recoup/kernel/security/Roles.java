package com.recoup.kernel.security;

/**
 * The roles of the suite, as they arrive in the {@code groups} claim of a bearer token issued by
 * the company's identity provider.
 */
public final class Roles {

  public static final String ERP_INTEGRATION = "erp-integration";
  public static final String CRM_INTEGRATION = "crm-integration";
  public static final String CREDIT_ANALYST = "credit-analyst";
  public static final String CREDIT_MANAGER = "credit-manager";
  public static final String COLLECTOR = "collector";
  public static final String COLLECTIONS_MANAGER = "collections-manager";
  public static final String FINANCE_ANALYST = "finance-analyst";
  public static final String AUDITOR = "auditor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
