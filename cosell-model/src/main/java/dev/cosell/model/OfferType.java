package dev.cosell.model;

/**
 * The commercial-marketplace offer types, each with its solution type and its step-4 route
 * (REQUIREMENTS.md, "Which offers take which step-4 route").
 */
public enum OfferType {
    /** Software as a service. */
    SAAS(SolutionType.IP, IncentiveRoute.AZURE_IP, false, true),
    /** Azure virtual machine (IaaS). */
    AZURE_VIRTUAL_MACHINE(SolutionType.IP, IncentiveRoute.AZURE_IP, true, false),
    /** Azure application: solution template or managed application (IaaS). */
    AZURE_APPLICATION(SolutionType.IP, IncentiveRoute.AZURE_IP, true, false),
    /** Azure container (IaaS). */
    AZURE_CONTAINER(SolutionType.IP, IncentiveRoute.AZURE_IP, true, false),
    /** IoT Edge module. */
    IOT_EDGE_MODULE(SolutionType.IP, IncentiveRoute.AZURE_IP, false, false),
    /** Dynamics 365 app. */
    DYNAMICS_365_APP(SolutionType.IP, IncentiveRoute.BUSINESS_APPLICATIONS, false, false),
    /** Power Apps app. */
    POWER_APP(SolutionType.IP, IncentiveRoute.BUSINESS_APPLICATIONS, false, false),
    /** Power BI app. */
    POWER_BI_APP(SolutionType.IP, IncentiveRoute.BUSINESS_APPLICATIONS, false, false),
    /** Consulting service. */
    CONSULTING_SERVICE(SolutionType.SERVICES, IncentiveRoute.NONE, false, false),
    /** Managed service. */
    MANAGED_SERVICE(SolutionType.SERVICES, IncentiveRoute.NONE, false, false);

    private final SolutionType solutionType;
    private final IncentiveRoute route;
    private final boolean iaas;
    private final boolean saas;

    OfferType(SolutionType solutionType, IncentiveRoute route, boolean iaas, boolean saas) {
        this.solutionType = solutionType;
        this.route = route;
        this.iaas = iaas;
        this.saas = saas;
    }

    /** {@return IP or services: the solution type of every offer of this type} */
    public SolutionType solutionType() {
        return solutionType;
    }

    /** {@return the step-4 route an offer of this type can take; {@link IncentiveRoute#NONE} for services} */
    public IncentiveRoute route() {
        return route;
    }

    /** {@return whether the type is "IaaS" in benefits B1 and B2: Azure virtual machines, applications, containers} */
    public boolean isIaas() {
        return iaas;
    }

    /** {@return whether the type is software as a service} */
    public boolean isSaas() {
        return saas;
    }

    /** {@return whether the type is IaaS or SaaS: the offers that benefits B1 and B2 name} */
    public boolean isIaasOrSaas() {
        return iaas || saas;
    }
}
