/* eslint-disable */
import React from 'react';
import Preloader from "../../components/common/preloader"
import SEO from "../../components/common/seo"

const WareHouseAssociateJob = () => {
    return (
      <>
        <SEO
            title="Terms &amp; Conditions - Dose of Roses"
            mainTitle="Terms &amp; Conditions"
            description="Please read these Terms and Conditions (&quot;Terms&quot;, &quot;Terms and Conditions&quot;) carefully before using the doseofroses.com website (the &quot;Service&quot;) operated by Dose of Roses (&quot;us&quot;, &quot;we&quot;, or &quot;our&quot;)."
            type="website"
        />
        <Preloader />
        <div className="page-width page-template">
            <div className="grid">
                <div className="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
                    <div className="rte proper-margins">
                        <p className="p1">Dose of Roses is a social media driven ecommerce brand as see on celebrities such as Jake Paul, Tana Mongeau, Erica Mina from Love &amp; Hip-Hop. We’re quickly becoming the #1 brand on Instagram for shopping roses &amp; luxury gifts perfect for birthdays, anniversaries, baby showers, and more. We’re looking for passionate &amp; enthusiastic people eager to learn about the ecommerce industry and involved in social media.</p>
                        <p className="p1"><strong><span>Responsibilities</span></strong></p>
                        <ul className="ul1">
                            <li className="li1"><span>Be passionate about Dose of Roses products and services.</span></li>
                            <li className="li1"><span>Demonstrate enthusiasm and eagerness to learn all aspects of Warehouse Operations, Order Management, and Customer Satisfaction.</span></li>
                            <li className="li1"><span>Maintain a daily KPI of accurately picking/packing/labeling outbound orders.</span></li>
                            <li className="li1"><span>Pick warehouse items from the shelves with box numbers based on order requirement (size, color and quantity).</span></li>
                            <li className="li1"><span>Double check items picked, pack products using poly bags or boxes and ship with printed label.</span></li>
                            <li className="li1"><span>Performs other general warehouse duties as needed.</span></li>
                            <li className="li1"><span>This is a part-time position, Monday to Friday 4 hours daily 9AM-1PM.</span></li>
                        </ul>
                        <p className="p1"><strong>Qualifications</strong></p>
                        <ul className="ul1">
                            <li className="li1"><span>Able to effectively communicate in verbal and written English.</span></li>
                            <li className="li1"><span>One or more years of&nbsp;warehouse&nbsp;experience preferred</span></li>
                            <li className="li1"><span>Must have reliable transportation and good attendance</span></li>
                            <li className="li1"><span>Tech savvy</span></li>
                        </ul>
                        <meta charSet="utf-8" />
                        <p><span style={{ color: '#000000'}}><span>Apply with your cover letter &amp; resume:&nbsp;</span><span></span><a href="mailto:careers@doseofroses.com" aria-describedby="a11y-external-message">careers@doseofroses.com</a></span></p>
                    </div>
                </div>
            </div>
        </div>
      </>
    )
}
  
export default WareHouseAssociateJob